import { planStatusLabels, type Plan } from '../../../shared/domain/plan';
import { formatLongDate } from '../../../shared/rules/dates';

/** Every status the plan has had, oldest first. Entries are never changed or removed. */
export function StatusTimeline({ plan, headingId }: { plan: Plan; headingId: string }) {
  return (
    <ol className="timeline" aria-labelledby={headingId}>
      {plan.statusHistory.map((entry, i) => (
        <li key={i} className="timeline__entry">
          <p className="timeline__title">
            <strong>{i === 0 ? 'Plan started' : planStatusLabels[entry.status]}</strong> on {formatLongDate(entry.on)}
          </p>
          {entry.reason !== '' && <p className="timeline__reason preserve-lines">{entry.reason}</p>}
          <p className="timeline__meta">
            Recorded by <bdi>{entry.recordedBy}</bdi>
          </p>
        </li>
      ))}
    </ol>
  );
}
