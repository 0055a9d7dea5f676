import { useState } from 'react';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { stripZone, type MeetingInvitee, type PlannedMeeting } from '../../../shared/domain/meeting';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { useRepositories } from '../../data/hooks/useRepositories';
import { InlinePractitionerForm, usePractitioners } from '../directory';
import { familyInvitees, practitionerInvitee } from './meeting-form';
import { Section } from '../../components/Section';
import { SmallForm } from '../../components/form/SmallForm';

const describe = (i: MeetingInvitee) => (i.kind === 'family' ? i.role : [i.role, i.agency].filter((x) => x.trim() !== '').join(', '));

/**
 * Who is invited, changed at any time before the meeting: each addition or removal is a change the
 * family is told about first (see "Who has been told"), and someone not in the directory can be
 * added here and lands in the directory too.
 */
export function InviteesSection({ family, meeting, now, onChanged }: { family: FamilyRecord; meeting: PlannedMeeting; now: Date; onChanged(message: string): void }) {
  const { meetings } = useRepositories();
  const practitioners = usePractitioners();
  const [chosen, setChosen] = useState<string[]>([]);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const editable = meeting.status === 'planned' && Date.parse(stripZone(meeting.startsAt)) > now.getTime();
  const invited = new Set(meeting.invitees.map((i) => i.id));
  const candidates = [...familyInvitees(family), ...(practitioners ?? []).map(practitionerInvitee)].filter((p) => !invited.has(p.id));

  async function save(invitees: MeetingInvitee[], message: string): Promise<boolean> {
    setProblem(null);
    try {
      await meetings.update(meeting.id, { invitees });
      onChanged(message);
      return true;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The change could not be saved.');
      return false;
    }
  }

  async function invite(people: MeetingInvitee[]) {
    const names = people.map((p) => p.name);
    const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
    if (await save([...meeting.invitees, ...people], `${list} ${names.length === 1 ? 'is' : 'are'} now invited. Tell the family first, then send the invitation.`)) setChosen([]);
  }

  function remove(person: MeetingInvitee) {
    const rest = meeting.invitees.filter((i) => i.id !== person.id);
    if (person.kind === 'family' && !rest.some((i) => i.kind === 'family')) {
      setProblem(`${person.name} is the only person from the family who is invited. Invite someone else from the family first.`);
      return;
    }
    void save(rest, `${person.name} is no longer invited. Tell the family first, then ${person.name}.`);
  }

  return (
    <Section headingId="invitees-heading" title="Who is invited">
      <SaveProblem message={problem} />
      {meeting.invitees.length === 0 ? (
        <p>No one is invited yet.</p>
      ) : (
        <ul className="invitee-list" aria-labelledby="invitees-heading">
          {meeting.invitees.map((i) => (
            <li key={i.id} className="invitee-list__item">
              <span>
                <bdi>{i.name}</bdi>
                {describe(i) && <span className="hint-text">, {describe(i)}</span>}
              </span>
              {editable && (
                <button type="button" className="button button--secondary button--small" onClick={() => remove(i)}>
                  Remove<span className="visually-hidden"> {i.name} from the meeting</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!editable ? (
        <p className="hint-text">{meeting.status === 'cancelled' ? 'The meeting is cancelled.' : 'The meeting has started, so who is invited can no longer change.'}</p>
      ) : (
        <>
          {candidates.length > 0 && (
            <SmallForm
              headingId="invite-more-heading"
              title="Invite someone else"
              submitLabel="Invite"
              onSubmit={() => {
                if (chosen.length === 0) {
                  setProblem('Choose who to invite.');
                  return;
                }
                void invite(candidates.filter((c) => chosen.includes(c.id)));
              }}
            >
              <CheckboxGroup
                id="invite-more"
                legend="Who else is invited?"
                options={candidates.map((c) => ({ value: c.id, label: c.name, hint: describe(c) }))}
                values={chosen}
                onChange={setChosen}
              />
            </SmallForm>
          )}
          {adding ? (
            <section aria-labelledby="invite-new-heading" className="inline-form">
              <h3 id="invite-new-heading">Someone who is not in the directory</h3>
              <p className="hint-text">They are added to the directory too, so you can invite them again.</p>
              <InlinePractitionerForm
                place={`meeting:${meeting.id}`}
                submitLabel="Add to the directory and invite"
                onAdded={async (p) => {
                  setAdding(false);
                  await invite([practitionerInvitee(p)]);
                }}
                onCancel={() => setAdding(false)}
              />
            </section>
          ) : (
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
                Invite someone who is not in the directory
              </button>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
