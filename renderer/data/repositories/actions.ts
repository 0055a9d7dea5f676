import Dexie from 'dexie';
import { actionSchema, isOpenStatus, type Action } from '../../../shared/domain/action';
import type { IsoDate } from '../../../shared/rules/dates';
import type { ActionRow, TeamAroundDatabase } from '../db';
import { StorageError, toStorageError } from '../errors';

export interface ActionRepository {
  /** Open actions due before `date`, soonest first: the dashboard's list. Reads only `limit` records. */
  openDueBefore(date: IsoDate, limit?: number): Promise<Action[]>;
  /** One family's plan: all its actions, by due date (undated last). */
  forFamily(familyId: string): Promise<Action[]>;
  save(action: Action): Promise<void>;
  saveMany(actions: readonly Action[]): Promise<void>;
}

function toRow(action: Action): ActionRow {
  return { ...action, isOpen: isOpenStatus(action.status) ? 1 : 0 };
}

function fromRow({ isOpen: _isOpen, ...action }: ActionRow): Action {
  return action;
}

export function createActionRepository(db: TeamAroundDatabase): ActionRepository {
  return {
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
      if (!actionSchema.safeParse(action).success) throw new StorageError('This action has details that are not valid, so it was not saved.', 'invalid');
      try {
        await db.actions.put(toRow(action));
      } catch (error) {
        throw toStorageError(error);
      }
    },
    async saveMany(actions) {
      for (const a of actions) {
        if (!actionSchema.safeParse(a).success) throw new StorageError('Some actions have details that are not valid, so none were saved.', 'invalid');
      }
      try {
        await db.actions.bulkPut(actions.map(toRow));
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
