import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { protectedDetailLabels, type SafetyFlag } from '../../../../shared/domain/safety-flag';
import { formatLongDate } from '../../../../shared/rules/dates';
import { andList } from '../../../../shared/words/list';
import { nameInFamily } from '../model/names';
import { NameList } from './NameList';

/** "phone number, email address and address" */
function detailsText(flag: SafetyFlag): string {
  return andList(flag.covers.map((d) => protectedDetailLabels[d]));
}

function FlagItem({ family, flag }: { family: FamilyRecord; flag: SafetyFlag }) {
  return (
    <li className="flag-summary">
      <p className="flag-summary__line">
        <bdi>{nameInFamily(family, flag.subjectId)}</bdi>: {detailsText(flag)} hidden from <NameList names={flag.hiddenFrom.map((id) => nameInFamily(family, id))} />.
      </p>
      <p className="flag-summary__meta">
        {flag.ended ? (
          <>
            Added on {formatLongDate(flag.addedOn)}. Ended on {formatLongDate(flag.ended.on)} by <bdi>{flag.ended.by}</bdi>.
          </>
        ) : (
          <>
            Added on {formatLongDate(flag.addedOn)} by <bdi>{flag.addedBy}</bdi>.
          </>
        )}
      </p>
      {flag.reason && (
        // Closed by default: the family may be in the room when this page is on screen.
        <details className="private-reason">
          <summary>Show the private reason</summary>
          <p className="private-reason__text">{flag.reason}</p>
        </details>
      )}
    </li>
  );
}

export function SafetySummary({ family }: { family: FamilyRecord }) {
  const active = family.safetyFlags.filter((f) => f.ended === null);
  const ended = family.safetyFlags.filter((f) => f.ended !== null);
  return (
    <>
      {active.length === 0 ? (
        <p>No contact details or addresses are hidden from anyone in this family.</p>
      ) : (
        <>
          <p>These details are left out of everything made for the people named.</p>
          <ul className="flag-list">
            {active.map((flag) => (
              <FlagItem key={flag.id} family={family} flag={flag} />
            ))}
          </ul>
        </>
      )}
      {ended.length > 0 && (
        <>
          <h3 className="subsection-heading">No longer hidden</h3>
          <ul className="flag-list">
            {ended.map((flag) => (
              <FlagItem key={flag.id} family={family} flag={flag} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
