import { useState } from 'react';
import { useNavigate } from 'react-router';
import { readRequestFile, readRequestReference, type BriefingRequest } from '../../../shared/briefing/request';
import { BRIEFING_KIND_LABELS } from '../../../shared/briefing/sections';
import { dayWords } from '../../../shared/time/london';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { getBridge } from '../../bridge';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useProfile } from '../../data/hooks/useSettings';
import { useFocusAfter } from '../../components/useFocusAfter';
import { dateWords } from './briefing-words';
import { paths } from '../../components/paths';
import { Section } from '../../components/Section';

const REFERENCE_ID = 'briefing-reference';

/** Starts a briefing from the chair's request: a pasted reference or a request file, checked by the person first. */
export function StartBriefing() {
  const navigate = useNavigate();
  const { briefings } = useRepositories();
  const profile = useProfile();
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | undefined>(undefined);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const [request, setRequest] = useState<BriefingRequest | null>(null);
  const focusAfter = useFocusAfter();

  const found = (r: BriefingRequest) => {
    setRequest(r);
    setPasteError(undefined);
    setFileMessage(null);
    focusAfter('check-request-heading');
  };

  const readPasted = () => {
    const read = readRequestReference(pasted);
    if (read.ok) found(read.request);
    else setPasteError(read.message);
  };

  const openFile = async () => {
    setFileMessage(null);
    const opened = await getBridge().openFile({ kinds: ['json'] });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'failed') {
      setFileMessage(opened.message);
      return;
    }
    const read = readRequestFile(opened.data);
    if (read.ok) found(read.request);
    else setFileMessage(read.message);
  };

  const start = useFormSubmit({
    check: () => (request ? { ok: true, value: request } : undefined),
    save: (r: BriefingRequest) => briefings.startAuthored(r, { name: profile?.name ?? '', role: profile?.role ?? '' }),
    afterSave: (briefing) => void navigate(paths.briefing(briefing.id), { state: { flash: 'The briefing has been started. What you type is saved as you go.' } }),
  });

  if (request) {
    const asked = request.askedOf.name ? `${request.askedOf.name}${request.askedOf.agency ? ` (${request.askedOf.agency})` : ''}` : request.askedOf.agency || 'you';
    return (
      <Section headingId="check-request-heading" title="Check this is the right child" className="briefing-panel" focusable>
        <p>
          {request.askedBy.name || 'The chair of the meeting'}
          {request.askedBy.role ? ` (${request.askedBy.role})` : ''} asks {asked} for a {BRIEFING_KIND_LABELS[request.kind].toLocaleLowerCase('en-GB')} for
          the meeting on {dayWords(request.meetingDate)}, about:
        </p>
        <p className="briefing-child">
          <bdi>{request.child.name}</bdi>, born {dateWords(request.child.dateOfBirth)}
        </p>
        {start.saveError && (
          <p className="notice notice--problem" role="alert">
            {start.saveError}
          </p>
        )}
        <div className="button-group">
          <button type="button" className="button" disabled={start.saving} onClick={() => void start.submit()}>
            Yes, start the briefing
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setRequest(null);
              setFileMessage('Nothing was started. If it is not the right child, ask the chair of the meeting to check the request.');
            }}
          >
            No, this is not the right child
          </button>
        </div>
      </Section>
    );
  }

  return (
    <Section headingId="start-briefing-heading" title="Start a briefing from a request" className="briefing-panel">
      <p>
        The chair of the meeting sends you a request: a reference in an email, or a small request file. It tells Team Around which meeting and which
        child the briefing is for, so the chair can bring it into the right meeting.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          readPasted();
        }}
      >
        <TextAreaField
          id={REFERENCE_ID}
          label="Paste the reference from the chair"
          hint="It starts with TAREQ1- and is one long line of letters and numbers. Copy all of it."
          rows={3}
          spellCheck={false}
          value={pasted}
          error={pasteError}
          onValueChange={setPasted}
        />
        <div className="button-group">
          <button type="submit" className="button">
            Use this reference
          </button>
          <button type="button" className="button button--secondary" onClick={() => void openFile()}>
            Open a request file instead
          </button>
        </div>
      </form>
      {fileMessage && (
        <p className="notice" role="status">
          {fileMessage}
        </p>
      )}
    </Section>
  );
}
