import type { Validated } from '../../../shared/domain/family';
import type { ConsentEvent, ConsentEventInput } from '../../../shared/domain/consent';
import { recordConsentEvent } from '../../../shared/rules/consent';
import type { IsoDate } from '../../../shared/rules/dates';
import type { TeamAroundDatabase } from '../db';
import { toStorageError } from '../errors';
import type { AuditRepository } from './audit';
import { homeStatusTables, refreshHomeStatusWithin } from './home-status';

/** The consent register: events are added, never changed or removed. */
export interface ConsentRepository {
  /** The family's whole log, oldest first. */
  forFamily(familyId: string): Promise<ConsentEvent[]>;
  record(input: ConsentEventInput, today: IsoDate): Promise<Validated<ConsentEvent>>;
  /** Several decisions from one form, all or none: one event (and one audit entry) per decision. */
  recordAll(inputs: readonly ConsentEventInput[], today: IsoDate): Promise<Validated<ConsentEvent[]>>;
}

function byWhen(a: ConsentEvent, b: ConsentEvent): number {
  return a.on.localeCompare(b.on) || a.recordedAt.localeCompare(b.recordedAt);
}

export function createConsentRepository(db: TeamAroundDatabase, audit: AuditRepository): ConsentRepository {
  const forFamily = async (familyId: string) => (await db.consentEvents.where('familyId').equals(familyId).toArray()).sort(byWhen);
  const recordAll: ConsentRepository['recordAll'] = async (inputs, today) => {
    try {
      // Checked against the log as it is inside the same transaction, so two windows cannot both add a conflicting event.
      return await db.transaction('rw', [...homeStatusTables(db), db.audit], async (): Promise<Validated<ConsentEvent[]>> => {
        const first = inputs[0];
        if (first === undefined) return { ok: true, value: [] };
        let log = await forFamily(first.familyId);
        const events: ConsentEvent[] = [];
        // Each decision is checked against the log with the ones before it; any refusal leaves the register as it was.
        for (const input of inputs) {
          const result = recordConsentEvent(log, input, today);
          if (!result.ok) return result;
          log = result.value;
          events.push(result.value[result.value.length - 1] as ConsentEvent);
        }
        for (const event of events) {
          await db.consentEvents.add(event);
          const recipients = event.scope.type === 'share' ? [event.scope.recipient.kind === 'agency' ? event.scope.recipient.agency : event.scope.recipient.practitionerId] : undefined;
          await audit.appendWithin({ action: 'consent-change', recordType: 'consent', recordId: event.id, familyId: event.familyId, ...(recipients ? { recipients } : {}) });
        }
        await refreshHomeStatusWithin(db, events.map((e) => e.familyId), today);
        return { ok: true, value: events };
      });
    } catch (error) {
      throw toStorageError(error);
    }
  };
  return {
    forFamily,
    recordAll,
    async record(input, today) {
      const saved = await recordAll([input], today);
      return saved.ok ? { ok: true, value: saved.value[0] as ConsentEvent } : saved;
    },
  };
}
