import { planStatusLabels, type Plan } from '../../../shared/domain/plan';
import { formatLongDate } from '../../../shared/rules/dates';
import { Timeline } from '../../components/Timeline';

/** Every status the plan has had, oldest first. Entries are never changed or removed. */
export function StatusTimeline({ plan, headingId }: { plan: Plan; headingId: string }) {
  const entries = plan.statusHistory.map((entry, i) => ({
    title: i === 0 ? 'Plan started' : planStatusLabels[entry.status],
    when: formatLongDate(entry.on),
    note: entry.reason,
    by: entry.recordedBy,
  }));
  return <Timeline headingId={headingId} byLabel="Recorded by" entries={entries} />;
}
