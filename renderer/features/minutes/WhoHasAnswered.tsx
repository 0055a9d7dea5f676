import { agreementRuleMeanings } from '../../../shared/domain/area-settings';
import { RESPONSE_KIND_LABELS, type MinutesRow } from '../../../shared/domain/minutes';
import { agreementStatus } from '../../../shared/minutes/agreement';
import type { MinutesContext } from './MinutesFrame';

/**
 * Each parent's or carer's answer on its own: who has answered and who has not, and whether the
 * minutes count as agreed by the area's rule (Settings). Disagreements are in their words below,
 * under "The family's answers", and printed in the minutes.
 */
export function WhoHasAnswered({ context, row }: { context: MinutesContext; row: MinutesRow }) {
  const status = agreementStatus({ rule: context.area.agreementRule, family: context.family, invitees: context.meeting.invitees, responses: row.responses });
  if (status.people.length === 0) return null;
  return (
    <div className="minutes-who-answered">
      <h3 id="minutes-who-answered-heading">Who has answered</h3>
      <ul aria-labelledby="minutes-who-answered-heading">
        {status.people.map((p) => (
          <li key={p.personId}>
            <bdi>{p.name}</bdi>: {p.answer ? RESPONSE_KIND_LABELS[p.answer.kind] : 'Not answered yet'}
          </li>
        ))}
      </ul>
      <p>
        {status.agreed ? 'By your area’s rule, these minutes count as agreed with the family.' : 'By your area’s rule, these minutes do not count as agreed with the family yet.'}{' '}
        <span className="hint-text">The rule: {agreementRuleMeanings[status.rule]}</span>
      </p>
    </div>
  );
}
