import { WORKFLOW_STEP_LABELS, type MinutesRow } from '../../../shared/domain/minutes';
import { Timeline } from '../../components/Timeline';
import { instantWords } from './minutes-words';

/** Every step this version has been through, oldest first, each dated. Nothing here can be changed. */
export function WorkflowHistory({ row, headingId }: { row: MinutesRow; headingId: string }) {
  const entries = row.events.map((event) => ({
    title: WORKFLOW_STEP_LABELS[event.step],
    when: instantWords(event.at),
    note: event.details.trim() === '' ? '' : event.details,
    by: event.by,
  }));
  return <Timeline headingId={headingId} byLabel="By" entries={entries} />;
}
