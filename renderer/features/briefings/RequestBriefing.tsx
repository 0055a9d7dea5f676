import { useState } from 'react';
import { requestReference, writeRequestFile, type BriefingRequest } from '../../../shared/briefing/request';
import { BRIEFING_KIND_HINTS, BRIEFING_KIND_LABELS, BRIEFING_KINDS, type BriefingKind } from '../../../shared/briefing/sections';
import type { FieldError, Validated } from '../../../shared/domain/family';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { londonTime } from '../../../shared/time/london';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { getBridge } from '../../bridge';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useFocusAfter } from '../../components/useFocusAfter';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { dateWords, savedWords, SEND_SECURELY } from './briefing-words';
import { BriefingFormFile } from './BriefingFormFile';
import { StatusLine } from '../../components/notices/StatusLine';
import { Section } from '../../components/Section';

const SOMEONE_ELSE = 'someone-else';
const IDS = { child: 'request-child', who: 'request-who', otherAgency: 'request-other-agency', kind: 'request-kind' } as const;

interface Props {
  family: FamilyRecord;
  meeting: PlannedMeeting;
  chair: { name: string; role: string };
}

interface Made {
  request: BriefingRequest;
  reference: string;
  /** "Kim Wu" or "Oak Lane Primary School". */
  to: string;
}

/** The chair asks a school or agency for a briefing: a reference to paste into an email, or a small request file. */
export function RequestBriefing({ family, meeting, chair }: Props) {
  const { briefings } = useRepositories();
  const practitioners = meeting.invitees.filter((i) => i.kind === 'practitioner');
  const [childId, setChildId] = useState(family.children.length === 1 ? (family.children[0]?.id ?? '') : '');
  const [who, setWho] = useState('');
  const [otherName, setOtherName] = useState('');
  const [otherAgency, setOtherAgency] = useState('');
  const [kind, setKind] = useState<BriefingKind | ''>('school-briefing');
  const [made, setMade] = useState<Made | null>(null);
  const [status, setStatus] = useState('');
  const focusAfter = useFocusAfter();

  const check = (): Validated<BriefingRequest> => {
    const errors: FieldError[] = [];
    const child = family.children.find((c) => c.id === childId);
    const asked = practitioners.find((p) => p.id === who);
    if (!child) errors.push({ path: IDS.child, message: 'Choose which child the briefing is about' });
    if (who === '') errors.push({ path: IDS.who, message: 'Choose who you are asking' });
    if (who === SOMEONE_ELSE && otherAgency.trim() === '') errors.push({ path: IDS.otherAgency, message: 'Enter the school or service you are asking' });
    if (kind === '') errors.push({ path: IDS.kind, message: 'Choose a school briefing or a written report' });
    if (!child || kind === '' || errors.length > 0) return { ok: false, errors };
    const request: BriefingRequest = {
      meetingId: meeting.id,
      childId: child.id,
      child: { name: child.name, dateOfBirth: child.dateOfBirth },
      meetingDate: londonTime(meeting.startsAt).toPlainDate().toString(),
      kind,
      askedOf: asked
        ? { practitionerId: asked.id, name: asked.name.slice(0, 300), agency: asked.agency.slice(0, 300) }
        : { practitionerId: null, name: otherName.trim().slice(0, 300), agency: otherAgency.trim().slice(0, 300) },
      askedBy: { name: chair.name.slice(0, 300), role: chair.role.slice(0, 300) },
      askedOn: todayInLondon(),
    };
    return { ok: true, value: request };
  };
  const form = useFormSubmit({
    check,
    save: async (request: BriefingRequest) => {
      await briefings.recordRequest(meeting, request.askedOf.practitionerId);
      return request;
    },
    afterSave: (request) => {
      setMade({ request, reference: requestReference(request), to: request.askedOf.name || request.askedOf.agency });
      setStatus('');
      focusAfter('request-made-heading');
    },
    resetAfterSave: true,
  });
  const errorFor = form.errorAt;

  if (made) {
    const childName = made.request.child.name;
    return (
      <Section headingId="request-made-heading" title={<>Send this request to <bdi>{made.to}</bdi></>} className="briefing-panel" focusable>
        <p>
          Copy the reference into an email to <bdi>{made.to}</bdi>, or save it as a file and attach that. They open Team Around, go to Briefings,
          and paste the reference (or open the file) to write a {BRIEFING_KIND_LABELS[made.request.kind].toLocaleLowerCase('en-GB')} about{' '}
          <bdi>{childName}</bdi>. When it is written they send you back a briefing file, which you bring in below.
        </p>
        <p>{SEND_SECURELY}</p>
        <TextAreaField id="request-reference" label={`Reference for ${made.to}`} rows={4} readOnly spellCheck={false} value={made.reference} onValueChange={() => undefined} />
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const copy = navigator.clipboard?.writeText(made.reference);
              if (!copy) {
                setStatus('Your computer did not let Team Around copy it. Select the reference and copy it yourself.');
                return;
              }
              copy.then(
                () => setStatus('The reference has been copied. Paste it into your email.'),
                () => setStatus('Your computer did not let Team Around copy it. Select the reference and copy it yourself.'),
              );
            }}
          >
            Copy the reference
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              void getBridge()
                .saveFile({ suggestedName: `Briefing request for ${childName.replace(/[\\/:*?"<>|]/g, ' ')}.json`.slice(0, 200), kind: 'json', data: new Uint8Array(writeRequestFile(made.request)) })
                .then((result) => setStatus(savedWords(result)));
            }}
          >
            Save the request as a file
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setMade(null);
              setWho('');
            }}
          >
            Ask someone else
          </button>
        </div>
        <StatusLine>{status}</StatusLine>
        <BriefingFormFile request={made.request} meeting={meeting} to={made.to} />
      </Section>
    );
  }

  return (
    <Section headingId="request-heading" title="Ask a school or agency for a briefing" className="briefing-panel">
      <p>
        Schools often prepare a briefing before the meeting, and people who cannot come can send a written report. Team Around makes a request for
        you to send them: it tells their Team Around which meeting and child the briefing is for, so that you can bring it in with one step.
      </p>
      <form noValidate onSubmit={(event) => void form.submit(event)}>
        <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
        {form.saveError && (
          <p className="notice notice--problem" role="alert">
            {form.saveError}
          </p>
        )}
        {family.children.length > 1 ? (
          <RadioGroup
            id={IDS.child}
            legend="Which child is it about?"
            options={family.children.map((c) => ({ value: c.id, label: <bdi>{c.name}</bdi>, hint: `Born ${dateWords(c.dateOfBirth)}` }))}
            value={childId}
            error={errorFor(IDS.child)}
            onChange={setChildId}
          />
        ) : (
          <p>
            About <bdi>{family.children[0]?.name}</bdi>, born {dateWords(family.children[0]?.dateOfBirth ?? '')}.
          </p>
        )}
        <RadioGroup
          id={IDS.who}
          legend="Who are you asking?"
          hint={practitioners.length === 0 ? 'No one from a school or service is invited to this meeting yet.' : 'People from schools and services invited to this meeting.'}
          options={[
            ...practitioners.map((p) => ({ value: p.id, label: <bdi>{p.name}</bdi>, hint: [p.role, p.agency].filter(Boolean).join(', ') })),
            {
              value: SOMEONE_ELSE,
              label: 'Someone else',
              conditional: (
                <>
                  <TextField id="request-other-name" label="Their name (optional)" value={otherName} onValueChange={setOtherName} />
                  <TextField id={IDS.otherAgency} label="Their school or service" value={otherAgency} error={errorFor(IDS.otherAgency)} onValueChange={setOtherAgency} />
                </>
              ),
            },
          ]}
          value={who}
          error={errorFor(IDS.who)}
          onChange={setWho}
        />
        <RadioGroup
          id={IDS.kind}
          legend="What are you asking for?"
          options={BRIEFING_KINDS.map((k) => ({ value: k, label: BRIEFING_KIND_LABELS[k], hint: BRIEFING_KIND_HINTS[k] }))}
          value={kind}
          error={errorFor(IDS.kind)}
          onChange={(k: BriefingKind) => setKind(k)}
        />
        <button type="submit" className="button">
          Make the request
        </button>
      </form>
    </Section>
  );
}
