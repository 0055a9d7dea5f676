import { z } from 'zod';
import type { FieldError } from '../../../shared/domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../../../shared/domain/fields';
import { profileSchema, type Profile } from '../../data/repositories/settings';

export const PROFILE_DRAFT_KEY = 'settings:profile';

const profileDraftSchema = z.object({ name: z.string(), role: z.string() });

export function isProfileDraft(value: unknown): value is Profile {
  return profileDraftSchema.safeParse(value).success;
}

const messages: Record<string, string> = {
  name: 'Your name must be 300 characters or fewer',
  role: 'Your role must be 200 characters or fewer',
};

export function validateProfile(draft: Profile): { ok: true; value: Profile } | { ok: false; errors: FieldError[] } {
  const parsed = profileSchema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = firstErrorPerField(issuesToFieldErrors(parsed.error.issues)).map((e) => ({ ...e, message: messages[e.path] ?? e.message }));
  return { ok: false, errors };
}
