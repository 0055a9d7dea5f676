/**
 * Open actions that are overdue or due by the end of this week, across families, grouped by
 * owner: the owner with the earliest date first, and each owner's actions soonest first.
 */
import { isOpenStatus, type Action } from '../../domain/action';
import type { IsoDate } from '../dates';
import type { HomeButton } from './target';
import { compareDates, endOfWeek } from './window';

export interface ActionDueItem {
  actionId: string;
  familyId: string;
  meetingId: string;
  what: string;
  dueDate: IsoDate;
  overdue: boolean;
  button: HomeButton;
}

export interface ActionsByOwner {
  owner: string;
  items: ActionDueItem[];
}

const NO_OWNER = 'No owner named';

export function actionsDue(input: { today: IsoDate; actions: readonly Action[] }): ActionsByOwner[] {
  const until = endOfWeek(input.today);
  const groups = new Map<string, ActionsByOwner>();
  const due = input.actions
    .filter((a): a is Action & { dueDate: IsoDate } => isOpenStatus(a.status) && a.dueDate !== null && compareDates(a.dueDate, until) <= 0)
    .sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  for (const a of due) {
    const owner = a.ownerName.trim() || NO_OWNER;
    // The same person written "Sam Patel" or "sam patel " is one owner.
    const key = owner.toLowerCase().replace(/\s+/g, ' ');
    const group = groups.get(key) ?? { owner, items: [] };
    group.items.push({
      actionId: a.id,
      familyId: a.familyId,
      meetingId: a.meetingId,
      what: a.what,
      dueDate: a.dueDate,
      overdue: compareDates(a.dueDate, input.today) < 0,
      button: { label: 'Update the action', target: { screen: 'meeting-run', familyId: a.familyId, meetingId: a.meetingId } },
    });
    groups.set(key, group);
  }
  // Groups were made in date order, so each group's first item is its soonest.
  return [...groups.values()];
}
