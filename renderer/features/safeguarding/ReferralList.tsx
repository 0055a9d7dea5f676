import type { FamilyRecord } from '../../../shared/domain/family-record';
import { knownAs } from '../../../shared/domain/person';
import { familyToldSentence, type Referral } from '../../../shared/domain/safeguarding';
import { formatLongDate } from '../../../shared/rules/dates';
import { dateTimeWords } from '../../../shared/time/london';
import { andList } from '../../../shared/words/list';

function childNames(family: Pick<FamilyRecord, 'children'>, ids: readonly string[]): string {
  const names = ids.map((id) => {
    const child = family.children.find((c) => c.id === id);
    return child ? knownAs(child) : 'a child no longer on the family record';
  });
  return andList(names);
}

/** Referrals already recorded for the family, newest first. They are kept as recorded. */
export function ReferralList({ family, referrals }: { family: Pick<FamilyRecord, 'children'>; referrals: readonly Referral[] }) {
  if (referrals.length === 0) return <p>No referrals have been recorded for this family.</p>;
  return (
    <ol className="referral-list">
      {referrals.map((r) => (
        <li key={r.id} className="referral">
          <h3 className="referral__title">
            {formatLongDate(r.referredOn)}: referred to <bdi>{r.referredTo}</bdi>
          </h3>
          <dl className="summary">
            <div className="summary__row">
              <dt>About</dt>
              <dd>{childNames(family, r.childIds)}</dd>
            </div>
            <div className="summary__row">
              <dt>Referred by</dt>
              <dd>
                <bdi>{[r.referredBy.name, r.referredBy.role].filter((s) => s !== '').join(', ')}</bdi>
              </dd>
            </div>
            <div className="summary__row">
              <dt>Reason</dt>
              <dd className="preserve-lines">{r.reason}</dd>
            </div>
            <div className="summary__row">
              <dt>Family told</dt>
              <dd className="preserve-lines">{familyToldSentence(r.familyTold, formatLongDate)}</dd>
            </div>
            <div className="summary__row">
              <dt>Recorded</dt>
              <dd>
                By <bdi>{r.recordedBy}</bdi> on {dateTimeWords(r.recordedAt)}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
