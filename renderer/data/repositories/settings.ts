import { z } from 'zod';
import { areaSettingsSchema, defaultAreaSettings, type AreaSettings } from '../../../shared/domain/area-settings';
import type { Validated } from '../../../shared/domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../../../shared/domain/fields';
import type { TeamAroundDatabase } from '../db';
import { toStorageError } from '../errors';

/** The person using this copy of the app: named on what they record and in the audit trail. */
export const profileSchema = z.object({
  name: z.string().trim().max(300),
  role: z.string().trim().max(200),
});
export type Profile = z.infer<typeof profileSchema>;
export const EMPTY_PROFILE: Profile = { name: '', role: '' };

const AREA = 'area';
const PROFILE = 'profile';

export interface SettingsRepository {
  area(): Promise<AreaSettings>;
  saveArea(input: unknown): Promise<Validated<AreaSettings>>;
  profile(): Promise<Profile>;
  saveProfile(profile: Profile): Promise<void>;
}

export function createSettingsRepository(db: TeamAroundDatabase): SettingsRepository {
  return {
    async area() {
      const row = await db.settings.get(AREA);
      const parsed = areaSettingsSchema.safeParse(row?.value);
      // Settings that no longer fit (from an older version) fall back to the defaults rather than break every screen.
      return parsed.success ? parsed.data : defaultAreaSettings;
    },
    async saveArea(input) {
      const parsed = areaSettingsSchema.safeParse(input);
      if (!parsed.success) return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
      try {
        await db.settings.put({ key: AREA, value: parsed.data });
      } catch (error) {
        throw toStorageError(error);
      }
      return { ok: true, value: parsed.data };
    },
    async profile() {
      const parsed = profileSchema.safeParse((await db.settings.get(PROFILE))?.value);
      return parsed.success ? parsed.data : EMPTY_PROFILE;
    },
    async saveProfile(profile) {
      try {
        await db.settings.put({ key: PROFILE, value: profileSchema.parse(profile) });
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
