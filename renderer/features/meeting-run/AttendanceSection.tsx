import { useEffect, useMemo, useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import { ATTENDANCE, ATTENDANCE_LABELS, type Attendance, type Attendee, type AttendeeKind } from '../../../shared/domain/meeting-record';
import { loadDefaultGlossary, type Glossary } from '../../../shared/rules/glossary';
import { addJoinedOnTheDay, checkJoinedPerson, removeJoinedOnTheDay, setAttendance, type JoinedPerson } from '../../../shared/rules/meeting-run/record-edits';
import { roleExplanation, roleWords } from '../../../shared/rules/meeting-run/roles';
import { TextField } from '../../components/TextField';
import { bindFields } from '../../components/form/bind-fields';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';

export const ATTENDANCE_HEADING_ID = 'run-attendance';

const KIND_OPTIONS: ReadonlyArray<{ value: AttendeeKind; label: string }> = [
  { value: 'family', label: 'Family or a friend of the family' },
  { value: 'child', label: 'A child or young person' },
  { value: 'practitioner', label: 'A practitioner (someone from a service)' },
  { value: 'other', label: 'Someone else, such as an interpreter or advocate' },
];

/** Who came, who sent apologies or a written report, and who did not come; with anyone who joined on the day. */
export function AttendanceSection({ record, change }: MeetingSectionProps) {
  const glossary = useMemo(() => loadDefaultGlossary(), []);
  const [announcement, setAnnouncement] = useState('');
  const counts = ATTENDANCE.map((a) => [a, record.attendees.filter((p) => p.attendance === a).length] as const).filter(([, n]) => n > 0);

  return (
    <section aria-labelledby={ATTENDANCE_HEADING_ID} className="run-section">
      <RunHeading id={ATTENDANCE_HEADING_ID}>Who is here</RunHeading>
      <p>For each person, choose whether they came, sent apologies, sent a written report, or did not come.</p>
      {counts.length > 0 && <p className="run-muted">{counts.map(([a, n]) => `${ATTENDANCE_LABELS[a]}: ${n}`).join('. ')}.</p>}
      {record.attendees.length === 0 ? (
        <p>No one was invited. Add the people who are here below.</p>
      ) : (
        <ul className="run-people">
          {record.attendees.map((person) => (
            <li key={person.id} className="run-person">
              <RadioGroup<Attendance>
                id={`attendance-${person.id}`}
                legend={person.name}
                hint={whoTheyAre(person, glossary)}
                inline
                options={ATTENDANCE.map((a) => ({ value: a, label: ATTENDANCE_LABELS[a] }))}
                value={person.attendance ?? ''}
                onChange={(attendance) => change((r) => setAttendance(r, person.id, attendance))}
              />
              {person.joinedOnTheDay && (
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    change((r) => removeJoinedOnTheDay(r, person.id));
                    setAnnouncement(`${person.name} has been taken off the list.`);
                    document.getElementById('joined-name')?.focus();
                  }}
                >
                  Take {person.name} off the list
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <JoinedOnTheDay
        onAdd={(person) => {
          change((r) => addJoinedOnTheDay(r, newId(), person));
          setAnnouncement(`${person.name} has been added, as having come to the meeting.`);
        }}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

const EMPTY: JoinedPerson = { name: '', role: '', agency: '', kind: 'family' };

function JoinedOnTheDay({ onAdd }: { onAdd: (person: JoinedPerson) => void }) {
  const [person, setPerson] = useState<JoinedPerson>(EMPTY);
  const set = (key: keyof JoinedPerson, value: string) => setPerson((p) => ({ ...p, [key]: value }));
  const form = useFormSubmit({
    check: () => {
      const checked = checkJoinedPerson(person);
      return checked.ok ? { ok: true, value: checked.person } : { ok: false, errors: [{ path: checked.field, message: checked.message }] };
    },
    save: async (joined: JoinedPerson) => onAdd(joined),
    afterSave: () => {
      setPerson(EMPTY);
      document.getElementById('joined-name')?.focus();
    },
    resetAfterSave: true,
  });
  const field = bindFields({ values: person, idOf: (name) => `joined-${name}`, errorAt: form.errorAt, onChange: (change) => setPerson((p) => ({ ...p, ...change })) });
  const firstError = form.errors[0]?.path;

  // Move to the field with the problem once its message is on screen, so it is read out with it.
  useEffect(() => {
    if (firstError) document.getElementById(`joined-${firstError}`)?.focus();
    // Only after an attempt to add, not while the person types.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [form.attempt]);

  return (
    <form className="run-joined" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby="joined-heading">
      <h3 className="subsection-heading" id="joined-heading">
        Add someone who joined on the day
      </h3>
      <TextField {...field.text('name')} label="Their name" autoComplete="off" />
      <TextField {...field.text('role')} label="Who they are, in plain words" hint="For example Aunt, Youth worker, or Interpreter" autoComplete="off" />
      <TextField {...field.text('agency')} label="Where they work (optional)" autoComplete="off" />
      <RadioGroup<AttendeeKind> id="joined-kind" legend="They are" options={KIND_OPTIONS} value={person.kind} onChange={(v) => set('kind', v)} />
      <button type="submit" className="button button--secondary">
        Add to the list
      </button>
    </form>
  );
}

const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);

/** "School nurse at NHS. A nurse who works with schools… Joined on the day." */
function whoTheyAre(person: Attendee, glossary: Glossary): string {
  const explanation = roleExplanation(person, glossary);
  return [roleWords(person, glossary), explanation, person.joinedOnTheDay ? 'Joined on the day' : null]
    .filter((s): s is string => s !== null)
    .map(sentence)
    .join(' ');
}
