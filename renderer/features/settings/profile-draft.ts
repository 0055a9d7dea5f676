import { z } from 'zod';
import type { FieldError } from '../../../shared/domain/family';
import { textFields } from '../../components/form/draft-guard';
import { PROFILE_USES, profileProblems, profileSchema, type Profile } from '../../../shared/domain/profile';

export const PROFILE_DRAFT_KEY = 'settings:profile';

const profileDraftSchema = z.object({ ...textFields(['name', 'role', 'organisation', 'phone', 'email']), use: z.enum(PROFILE_USES) });

/** A kept draft of these details; one kept before the contact details existed is not used. */
export function isProfileDraft(value: unknown): value is Profile {
  return profileDraftSchema.safeParse(value).success;
}

export function validateProfile(draft: Profile): { ok: true; value: Profile } | { ok: false; errors: FieldError[] } {
  const errors = profileProblems(draft);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: profileSchema.parse(draft) };
}
