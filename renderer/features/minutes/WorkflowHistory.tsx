import { WORKFLOW_STEP_LABELS, type MinutesRow } from '../../../shared/domain/minutes';
import { instantWords } from './minutes-words';

/** Every step this version has been through, oldest first, each dated. Nothing here can be changed. */
export function WorkflowHistory({ row, headingId }: { row: MinutesRow; headingId: string }) {
  return (
    <ol className="timeline" aria-labelledby={headingId}>
      {row.events.map((event, i) => (
        <li key={i} className="timeline__entry">
          <p className="timeline__title">
            <strong>{WORKFLOW_STEP_LABELS[event.step]}</strong> on {instantWords(event.at)}
          </p>
          {event.details.trim() !== '' && <p className="timeline__reason preserve-lines">{event.details}</p>}
          <p className="timeline__meta">
            By <bdi>{event.by}</bdi>
          </p>
        </li>
      ))}
    </ol>
  );
}
