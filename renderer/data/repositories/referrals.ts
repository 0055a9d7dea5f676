import type { Validated } from '../../../shared/domain/family';
import { validateReferral, type Referral } from '../../../shared/domain/safeguarding';
import type { IsoDate } from '../../../shared/rules/dates';
import type { TeamAroundDatabase } from '../db';
import { storageWork } from '../errors';
import type { AuditRepository } from './audit';

/** Safeguarding referrals to children's social care. Never gated by consent; always logged. */
export interface ReferralRepository {
  forFamily(familyId: string): Promise<Referral[]>;
  record(input: unknown, today: IsoDate): Promise<Validated<Referral>>;
}

export function createReferralRepository(db: TeamAroundDatabase, audit: AuditRepository): ReferralRepository {
  return {
    forFamily: async (familyId) => (await db.referrals.where('familyId').equals(familyId).toArray()).sort((a, b) => b.referredOn.localeCompare(a.referredOn)),
    async record(input, today) {
      const result = validateReferral(input, today);
      if (!result.ok) return result;
      const referral = result.value;
      await storageWork(() => db.transaction('rw', db.referrals, db.audit, db.settings, async () => {
        await db.referrals.add(referral);
        await audit.appendWithin({
          action: 'safeguarding-referral',
          recordType: 'referral',
          recordId: referral.id,
          familyId: referral.familyId,
          recipients: [referral.referredTo],
        });
      }));
      return result;
    },
  };
}
