import { useState } from 'react';
import { BRIEFING_KIND_LABELS } from '../../../shared/briefing/sections';
import { briefingSections, receivedOnWords } from '../../../shared/briefing/received';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { getBridge } from '../../bridge';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { ImportPreview } from '../../data/repositories/briefings';
import { useFocusAfter } from '../../components/useFocusAfter';
import { SelectField } from '../../components/fields/SelectField';
import { dateWords } from './briefing-words';
import { ReportView } from './ReportView';
import { Section } from '../../components/Section';
import { SummaryRow as Row } from '../../components/SummaryRow';

type State =
  | { step: 'choose' }
  | { step: 'check'; preview: ImportPreview; bytes: Uint8Array; agendaItemId: string };

/** Bringing in a briefing file: choose it, check what it is and where it goes, then confirm. Nothing is kept until then. */
export function ImportBriefing({ meeting, onImported }: { meeting: PlannedMeeting; onImported(message: string): void }) {
  const { briefings } = useRepositories();
  const [state, setState] = useState<State>({ step: 'choose' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusAfter = useFocusAfter();
  const items = meeting.agenda?.items ?? [];

  const refuse = (message: string) => {
    setRefusal(message);
    focusAfter('import-refusal');
  };

  const choose = async () => {
    setRefusal(null);
    const opened = await getBridge().openFile({ kinds: ['briefing'] });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'failed') return refuse(opened.message);
    setBusy(true);
    try {
      const preview = await briefings.preview(opened.data, opened.fileName, meeting.id);
      if (!preview.ok) return refuse(preview.message);
      setState({ step: 'check', preview, bytes: opened.data, agendaItemId: preview.suggestedItemId ?? '' });
      focusAfter('import-check-heading');
    } catch (error) {
      refuse(toStorageError(error).message);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (state.step !== 'check' || busy) return;
    const { preview, bytes, agendaItemId } = state;
    setBusy(true);
    try {
      const outcome = await briefings.importFile(bytes, preview.fileName, {
        meetingId: meeting.id,
        agendaItemId: agendaItemId === '' ? null : agendaItemId,
        replace: preview.already.state === 'changed',
      });
      if (!outcome.ok) {
        setState({ step: 'choose' });
        refuse(outcome.message);
        return;
      }
      const item = items.find((i) => i.id === outcome.row.agendaItemId);
      const { author, kind } = outcome.row.briefing;
      setState({ step: 'choose' });
      onImported(
        `The ${BRIEFING_KIND_LABELS[kind].toLocaleLowerCase('en-GB')} from ${author.name} ${outcome.replaced ? 'has replaced the earlier version' : 'is now in the meeting'}` +
          `${item ? `, beside “${item.title}”` : ''}.`,
      );
    } catch (error) {
      refuse(toStorageError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section headingId="import-heading" title="Bring in a briefing or report" className="briefing-panel">
      {refusal && (
        <div className="notice notice--problem" role="alert" tabIndex={-1} id="import-refusal">
          <p className="notice__title">This file was not brought in</p>
          <p>{refusal}</p>
        </div>
      )}
      {state.step === 'choose' ? (
        <>
          <p>Choose the briefing file (it ends in .tabriefing) that the school or agency sent you. You will see what is in it before anything is kept.</p>
          <button type="button" className="button" disabled={busy} onClick={() => void choose()}>
            Choose a briefing file
          </button>
        </>
      ) : (
        <Check
          state={state}
          items={items}
          busy={busy}
          onItem={(agendaItemId) => setState({ ...state, agendaItemId })}
          onConfirm={() => void confirm()}
          onCancel={() => {
            setState({ step: 'choose' });
            setRefusal(null);
            onImported('Nothing was brought in.');
          }}
        />
      )}
    </Section>
  );
}

interface CheckProps {
  state: Extract<State, { step: 'check' }>;
  items: ReadonlyArray<{ id: string; title: string }>;
  busy: boolean;
  onItem(id: string): void;
  onConfirm(): void;
  onCancel(): void;
}

function Check({ state, items, busy, onItem, onConfirm, onCancel }: CheckProps) {
  const { preview } = state;
  const { file } = preview;
  const sections = briefingSections(file);
  return (
    <div className="briefing-preview">
      <h3 id="import-check-heading" tabIndex={-1}>
        Check before you bring it in
      </h3>
      <dl className="summary">
        <Row label="What it is">{BRIEFING_KIND_LABELS[file.kind]}</Row>
        <Row label="From">
          <bdi>{file.author.name}</bdi>, {file.author.role}, <bdi>{file.author.agency}</bdi>
        </Row>
        <Row label="Written">{dateWords(file.writtenOn)}</Row>
        <Row label="About (as they wrote it)">
          <bdi>{file.child.name}</bdi>, born {dateWords(file.child.dateOfBirth)}
        </Row>
        <Row label="In this family’s record">
          <bdi>{preview.child.name}</bdi>, born {dateWords(preview.child.dateOfBirth)}
        </Row>
        <Row label="For">This meeting: the {preview.meetingLabel}</Row>
        <Row label="It has">{sections.map((s) => s.heading).join('; ') || 'Nothing written'}</Row>
      </dl>
      {!preview.childMatches && (
        <p className="notice notice--reminder">
          The name or date of birth in the briefing is not the same as in the family’s record. Check it is about the right child before you bring it in.
        </p>
      )}
      {preview.already.state === 'changed' && (
        <p className="notice notice--reminder">
          An earlier version of this briefing was brought in on {receivedOnWords(preview.already.receivedAt)}. Bringing this one in replaces it.
        </p>
      )}
      <details className="disclosure">
        <summary className="disclosure__summary">Read the whole {BRIEFING_KIND_LABELS[file.kind].toLocaleLowerCase('en-GB')}</summary>
        <ReportView sections={sections} childName={file.child.name} headingLevel={4} />
      </details>
      {items.length > 0 ? (
        <SelectField
          id="import-agenda-item"
          label="Show it beside which agenda item?"
          hint="It will be there when you run the meeting. You can change this later."
          value={state.agendaItemId}
          onValueChange={onItem}
        >
          {items.map((item, index) => (
            <option key={item.id} value={item.id}>
              {index + 1}. {item.title}
            </option>
          ))}
        </SelectField>
      ) : (
        <p>This meeting has no agenda yet. The report will show beside the first item once there is one.</p>
      )}
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={onConfirm}>
          {preview.already.state === 'changed' ? 'Replace the earlier version with this one' : 'Bring it into the meeting'}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onCancel}>
          Do not bring it in
        </button>
      </div>
    </div>
  );
}
