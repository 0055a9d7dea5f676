/**
 * The read model for "actions by owner": one practitioner's open actions across families, as
 * `ownerActions` (shared/rules/owner-actions.ts) decides they may be shown to and sent to them.
 * Open actions are read through the `[isOpen+dueDate]` index; undated open actions are not in
 * that index (a null key is not indexed), so they are found by the `isOpen` flag in one pass.
 * Only the families and consent logs of the owner's own actions are then read, by key.
 */
import Dexie from 'dexie';
import type { Action } from '../../../shared/domain/action';
import { auditRecordType, type CopyFormat } from '../../../shared/domain/audit-vocabulary';
import type { ConsentEvent } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { todayInLondon, type IsoDate } from '../../../shared/rules/dates';
import { isOwnedBy, ownerActions, type OwnerActions } from '../../../shared/rules/owner-actions';
import type { ActionRow, TeamAroundDatabase } from '../db';
import { toStorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';

export interface OwnerActionsView {
  today: IsoDate;
  owner: Practitioner;
  list: OwnerActions;
}

export interface OwnerActionsRepository {
  /** The practitioner's list as on today; null when they are not in the directory. */
  forOwner(practitionerId: string): Promise<OwnerActionsView | null>;
  /** The audit entry for the list saved as a file to send them. */
  recordExport(practitionerId: string, format: CopyFormat): Promise<void>;
}

const fromRow = ({ isOpen: _isOpen, ...action }: ActionRow): Action => action;

export function createOwnerActionsRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): OwnerActionsRepository {
  async function openActions(): Promise<Action[]> {
    const [dated, undated] = await Promise.all([
      db.actions.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, Dexie.maxKey]).toArray(),
      db.actions.filter((row) => row.isOpen === 1 && row.dueDate === null).toArray(),
    ]);
    return [...dated, ...undated].map(fromRow);
  }

  return {
    async forOwner(practitionerId) {
      try {
        const owner = await db.practitioners.get(practitionerId);
        if (!owner) return null;
        const actions = (await openActions()).filter((a) => isOwnedBy(a, owner));
        const familyIds = [...new Set(actions.map((a) => a.familyId))];
        const [families, logs] = await Promise.all([
          db.families.bulkGet(familyIds),
          Promise.all(familyIds.map((id) => db.consentEvents.where('familyId').equals(id).toArray())),
        ]);
        const consents = new Map<string, ConsentEvent[]>(familyIds.map((id, i) => [id, logs[i] ?? []]));
        const today = todayInLondon(now());
        return {
          today,
          owner,
          list: ownerActions({ owner, actions, families: families.filter((f): f is FamilyRecord => f !== undefined), consents, today }),
        };
      } catch (error) {
        throw toStorageError(error);
      }
    },
    async recordExport(practitionerId, format) {
      await storageWork(() => audit.record({ action: 'export', recordType: auditRecordType.ownerActions(format), recordId: practitionerId, recipients: [practitionerId] }));
    },
  };
}
