import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { knownAs } from '../../../shared/domain/person';
import { childAtMeetingWords, childrenAtMeeting } from '../../../shared/rules/child-attendance';

/** Child by child, when they come; a meeting planned before that was asked says it as it always did. */
export function ChildrenComing({ meeting, family }: { meeting: PlannedMeeting; family: FamilyRecord }) {
  const children = childrenAtMeeting(meeting);
  if (children === null) return <>{meeting.childAttends ? 'Coming, for the items ticked on the agenda' : 'Not coming'}</>;
  const lines = children.flatMap((c) => {
    const child = family.children.find((f) => f.id === c.childId);
    return child === undefined ? [] : [{ id: c.childId, words: childAtMeetingWords(knownAs(child), c) }];
  });
  if (lines.length === 0) return <>Not coming</>;
  return (
    <ul>
      {lines.map((l) => (
        <li key={l.id}>{l.words}</li>
      ))}
    </ul>
  );
}
