import { useState } from 'react';
import { TOLD_HOW, TOLD_HOW_LABELS, type MeetingChange, type PlannedMeeting, type ToldHow } from '../../../shared/domain/meeting';
import { dateTimeWords } from '../../../shared/time/london';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SelectField } from '../../components/fields/SelectField';
import { Section } from '../../components/Section';

/** Every change to the meeting, newest first, with who has been told: the family first. */
export function WhoHasBeenTold({ meeting }: { meeting: PlannedMeeting }) {
  if (meeting.changes.length === 0) return null;
  const changes = [...meeting.changes].reverse();
  return (
    <Section headingId="told-heading" title="Who has been told">
      <p className="hint-text">Tell the family first, then everyone else. Mark each person once you have told them.</p>
      {changes.map((change) => (
        <ChangeBlock key={change.id} meeting={meeting} change={change} />
      ))}
    </Section>
  );
}

function ChangeBlock({ meeting, change }: { meeting: PlannedMeeting; change: MeetingChange }) {
  const headingId = `change-${change.id}`;
  return (
    <div className="change-block">
      <h3 id={headingId}>{change.what}</h3>
      <p className="hint-text">Changed {dateTimeWords(change.at)}</p>
      <ul className="told-list" aria-labelledby={headingId}>
        {change.told.map((t) => {
          const invitee = meeting.invitees.find((i) => i.id === t.inviteeId);
          const name = invitee?.name ?? t.name ?? 'Someone no longer invited';
          const family = invitee?.kind === 'family';
          return (
            <li key={t.inviteeId} className="told-list__item">
              <p>
                <strong>
                  <bdi>{name}</bdi>
                </strong>
                {family ? ' (family)' : invitee?.role ? `, ${invitee.role}` : invitee ? '' : ', no longer invited'}:{' '}
                {t.toldAt === null ? 'not told yet' : `told ${t.how ? `by ${TOLD_HOW_LABELS[t.how].toLowerCase()}` : ''} on ${dateTimeWords(t.toldAt)}`}
              </p>
              {t.toldAt === null && <MarkTold meetingId={meeting.id} changeId={change.id} inviteeId={t.inviteeId} name={name} />}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function MarkTold({ meetingId, changeId, inviteeId, name }: { meetingId: string; changeId: string; inviteeId: string; name: string }) {
  const { meetings } = useRepositories();
  const [how, setHow] = useState<ToldHow>('phone');
  const [problem, setProblem] = useState<string | null>(null);
  const id = `told-${changeId}-${inviteeId}`;
  return (
    <div className="told-form">
      <SelectField id={id} label={`How was ${name} told?`} value={how} onValueChange={(v) => setHow(v as ToldHow)}>
        {TOLD_HOW.map((h) => (
          <option key={h} value={h}>
            {TOLD_HOW_LABELS[h]}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          meetings.markTold(meetingId, changeId, inviteeId, how).then(
            () => setProblem(null),
            (error: unknown) => setProblem(error instanceof Error ? error.message : 'This could not be saved.'),
          );
        }}
      >
        Mark as told<span className="visually-hidden"> ({name})</span>
      </button>
      {problem && (
        <p className="notice notice--problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
