import { ACTION_STATUS_LABELS, type Action } from '../../../shared/domain/action';
import { formatLongDate } from '../../../shared/rules/dates';

export const actionRowButtonId = (actionId: string) => `action-row-${actionId}`;

/** One agreed action in a line: what, who, by when, status; "Edit" opens it. */
export function ActionRow({ action, number, hasWarnings, onOpen }: { action: Action; number: number; hasWarnings: boolean; onOpen: () => void }) {
  const what = action.what.trim() || 'Not written yet';
  return (
    <li className="va-action-row">
      <span className="va-action-row__what">
        {number}. {what}
      </span>
      <span className="va-action-row__who">{action.ownerName.trim() || 'No one yet'}</span>
      <span className="va-action-row__when">{action.dueDate ? `By ${formatLongDate(action.dueDate)}` : 'No date'}</span>
      <span className="va-action-row__status">{ACTION_STATUS_LABELS[action.status]}</span>
      {hasWarnings && <span className="va-action-row__check">Something to check</span>}
      <button type="button" id={actionRowButtonId(action.id)} className="button button--secondary button--small" aria-expanded={false} onClick={onOpen}>
        Edit<span className="visually-hidden"> action {number}</span>
      </button>
    </li>
  );
}
