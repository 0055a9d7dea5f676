import Dexie from 'dexie';
import { actionSchema, isOpenStatus, type Action, type ActionStatus } from '../../../shared/domain/action';
import { newId } from '../../../shared/domain/ids';
import { nextCreatedAt } from '../../../shared/rules/meeting-run/actions-entry';
import { carriedCopy, carriedInto } from '../../../shared/rules/meeting-run/actions-review';
import { todayInLondon, type IsoDate } from '../../../shared/rules/dates';
import type { ActionRow, TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';
import { homeStatusTables, refreshHomeStatusWithin } from './home-status';

export interface ActionRepository {
  /** Open actions due before `date`, soonest first: the dashboard's list. Reads only `limit` records. */
  openDueBefore(date: IsoDate, limit?: number): Promise<Action[]>;
  /** One family's plan: all its actions, by due date (undated last). */
  forFamily(familyId: string): Promise<Action[]>;
  save(action: Action): Promise<void>;
  saveMany(actions: readonly Action[]): Promise<void>;
  /** One meeting's actions, in the order they were agreed. */
  forMeeting(meetingId: string): Promise<Action[]>;
  /** Open actions agreed at the family's other meetings: what a review meeting goes through. */
  openFromEarlierMeetings(familyId: string, meetingId: string): Promise<Action[]>;
  /** Sets one action's status (e.g. from a review), leaving the rest as it is. Returns the saved action. */
  setStatus(id: string, status: ActionStatus): Promise<Action>;
  remove(id: string): Promise<void>;
  /**
   * Carries an unfinished earlier action into `meetingId`'s plan: a new action with `carriedFromId`
   * set (see shared/rules/meeting-run/actions-review.ts) and the earlier one closed as "not done".
   * Doing it twice makes no second copy: the existing one comes back with `created: false`.
   */
  carryForward(earlierId: string, meetingId: string): Promise<{ action: Action; created: boolean }>;
  /**
   * Takes a carried-forward action back out of its meeting's plan and gives the earlier action
   * `earlierStatus` (what its review update says without the carrying forward).
   */
  undoCarryForward(carriedId: string, earlierStatus: ActionStatus): Promise<void>;
}

function toRow(action: Action): ActionRow {
  return { ...action, isOpen: isOpenStatus(action.status) ? 1 : 0 };
}

function fromRow({ isOpen: _isOpen, ...action }: ActionRow): Action {
  return action;
}

const INVALID = 'This action has details that are not valid, so it was not saved.';
const MISSING = 'This action could not be found. It may have been removed.';

export function createActionRepository(db: TeamAroundDatabase, now: () => Date = () => new Date()): ActionRepository {
  async function forMeeting(meetingId: string): Promise<Action[]> {
    const rows = await db.actions.where('meetingId').equals(meetingId).toArray();
    return rows.map(fromRow).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }
  async function existing(id: string): Promise<Action> {
    const row = await db.actions.get(id);
    if (!row) throw new StorageError(MISSING, 'not-found');
    return fromRow(row);
  }
  function check(action: Action): void {
    if (!actionSchema.safeParse(action).success) throw new StorageError(INVALID, 'invalid');
  }
  /**
   * An action carried forward (before or after the write) may put its family on home's drift list:
   * its home status is refreshed in the same transaction (0064). Other actions leave it as it is.
   */
  async function refreshCarried(actions: ReadonlyArray<Action | ActionRow | undefined>): Promise<void> {
    const families = actions.flatMap((a) => (a?.carriedFromId ? [a.familyId] : []));
    if (families.length > 0) await refreshHomeStatusWithin(db, families, todayInLondon(now()));
  }
  const writing = <T>(work: () => Promise<T>) => storageWork(() => db.transaction('rw', homeStatusTables(db), work));
  return {
    forMeeting,
    async openFromEarlierMeetings(familyId, meetingId) {
      const rows = await db.actions.where('familyId').equals(familyId).toArray();
      return rows
        .map(fromRow)
        .filter((a) => a.meetingId !== meetingId && isOpenStatus(a.status))
        .sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt));
    },
    async setStatus(id, status) {
      return writing(async () => {
        const action = await existing(id);
        if (action.status === status) return action;
        const next = { ...action, status, updatedAt: now().toISOString() };
        check(next);
        await db.actions.put(toRow(next));
        await refreshCarried([next]);
        return next;
      });
    },
    async remove(id) {
      await writing(async () => {
        const row = await db.actions.get(id);
        await db.actions.delete(id);
        await refreshCarried([row]);
      });
    },
    async carryForward(earlierId, meetingId) {
      return writing(async () => {
        const earlier = await existing(earlierId);
        const plan = await forMeeting(meetingId);
        const already = carriedInto(plan, earlierId, meetingId);
        if (already) return { action: already, created: false };
        if (earlier.meetingId === meetingId) throw new StorageError('An action cannot be carried forward into the meeting it was agreed at.', 'invalid');
        const at = nextCreatedAt(now(), plan);
        const copy = carriedCopy(earlier, { id: newId(), meetingId, now: at });
        const closed: Action = { ...earlier, status: 'not-done', updatedAt: at };
        check(copy);
        check(closed);
        await db.actions.bulkPut([toRow(closed), toRow(copy)]);
        await refreshCarried([closed, copy]);
        return { action: copy, created: true };
      });
    },
    async undoCarryForward(carriedId, earlierStatus) {
      await writing(async () => {
        const carried = await existing(carriedId);
        await db.actions.delete(carriedId);
        await refreshCarried([carried]);
        if (!carried.carriedFromId) return;
        const earlierRow = await db.actions.get(carried.carriedFromId);
        if (!earlierRow) return;
        const earlier = fromRow(earlierRow);
        if (earlier.status === earlierStatus) return;
        await db.actions.put(toRow({ ...earlier, status: earlierStatus, updatedAt: now().toISOString() }));
        await refreshCarried([earlier]);
      });
    },
    async openDueBefore(date, limit = 50) {
      const rows = await db.actions
        .where('[isOpen+dueDate]')
        .between([1, Dexie.minKey], [1, date], true, false)
        .limit(limit)
        .toArray();
      return rows.map(fromRow);
    },
    async forFamily(familyId) {
      const rows = await db.actions.where('familyId').equals(familyId).toArray();
      return rows
        .map(fromRow)
        .sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt));
    },
    async save(action) {
      check(action);
      await writing(async () => {
        const before = await db.actions.get(action.id);
        await db.actions.put(toRow(action));
        await refreshCarried([before, action]);
      });
    },
    async saveMany(actions) {
      for (const a of actions) {
        if (!actionSchema.safeParse(a).success) throw new StorageError('Some actions have details that are not valid, so none were saved.', 'invalid');
      }
      await writing(async () => {
        const before = await db.actions.bulkGet(actions.map((a) => a.id));
        await db.actions.bulkPut(actions.map(toRow));
        await refreshCarried([...before, ...actions]);
      });
    },
  };
}
