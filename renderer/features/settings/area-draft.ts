/**
 * The area settings form as typed: numbers still as text, each level with a stable id so focus can
 * follow it when it moves. Kept as a draft on every change; turned into settings only on save.
 */
import { z } from 'zod';
import {
  agreementRuleValues,
  areaSettingsSchema,
  leadWordValues,
  meetingWordValues,
  serviceWordValues,
  type AreaSettings,
  type AreaSettingsInput,
} from '../../../shared/domain/area-settings';
import { logoMimeValues } from '../../../shared/domain/area-logo';
import type { FieldError } from '../../../shared/domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../../../shared/domain/fields';
import { newId } from '../../../shared/domain/ids';
import { draftGuard } from '../../components/form/draft-guard';

const levelDraftSchema = z.object({ id: z.string(), key: z.string(), label: z.string(), description: z.string() });

const areaDraftSchema = z.object({
  areaName: z.string(),
  logo: z.object({ mime: z.enum(logoMimeValues), dataBase64: z.string(), alt: z.string() }).nullable(),
  words: z.object({ meeting: z.enum(meetingWordValues), lead: z.enum(leadWordValues), service: z.enum(serviceWordValues) }),
  levels: z.array(levelDraftSchema),
  reviewCount: z.string(),
  reviewUnit: z.enum(['weeks', 'months']),
  protectiveMarking: z.string(),
  templatesSource: z.string(),
  /** Minutes as text, or '' for the usual lock time. */
  meetingLockAfter: z.string(),
  agreementRule: z.enum(agreementRuleValues),
});
export type AreaDraft = z.infer<typeof areaDraftSchema>;
export type LevelDraft = AreaDraft['levels'][number];

export const AREA_DRAFT_KEY = 'settings:area';

export const isAreaDraft = draftGuard(areaDraftSchema);

export function emptyLevel(): LevelDraft {
  return { id: newId(), key: '', label: '', description: '' };
}

export function draftFromSettings(settings: AreaSettings): AreaDraft {
  return {
    areaName: settings.areaName,
    logo: settings.logo ? { ...settings.logo } : null,
    words: { ...settings.words },
    levels: settings.levelsOfNeed.map((l) => ({ id: newId(), ...l })),
    reviewCount: String(settings.defaultReviewFrequency.count),
    reviewUnit: settings.defaultReviewFrequency.unit,
    protectiveMarking: settings.protectiveMarking,
    templatesSource: settings.templatesSource,
    meetingLockAfter: settings.meetingLockAfterMinutes === null ? '' : String(settings.meetingLockAfterMinutes),
    agreementRule: settings.agreementRule,
  };
}

/** A whole number, or NaN so the schema says "Enter how often, as a number". */
function count(text: string): number {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

export function inputFromDraft(draft: AreaDraft): AreaSettingsInput {
  return {
    areaName: draft.areaName,
    logo: draft.logo,
    words: draft.words,
    levelsOfNeed: draft.levels.map(({ key, label, description }) => ({ key, label, description })),
    defaultReviewFrequency: { count: count(draft.reviewCount), unit: draft.reviewUnit },
    protectiveMarking: draft.protectiveMarking,
    templatesSource: draft.templatesSource,
    meetingLockAfterMinutes: draft.meetingLockAfter === '' ? null : count(draft.meetingLockAfter),
    agreementRule: draft.agreementRule,
  };
}

/** The same check the repository makes, so messages follow the user's corrections as they type. */
export function validateAreaDraft(draft: AreaDraft): FieldError[] {
  const parsed = areaSettingsSchema.safeParse(inputFromDraft(draft));
  return parsed.success ? [] : firstErrorPerField(issuesToFieldErrors(parsed.error.issues));
}

/** The id of the input a message belongs to: `levelsOfNeed.0.label` → `levelsOfNeed-0-label`. */
export function areaFieldId(path: string): string {
  if (path === 'logo.mime' || path === 'logo.dataBase64' || path === 'logo') return 'logo-file';
  if (path === 'levelsOfNeed') return 'levels-of-need';
  if (path.startsWith('defaultReviewFrequency')) return path === 'defaultReviewFrequency.unit' ? 'review-unit' : 'review-count';
  if (path.startsWith('words.')) return `words-${path.slice('words.'.length)}`;
  if (path === 'meetingLockAfterMinutes') return 'meeting-lock-after';
  if (path === 'agreementRule') return 'agreement-rule';
  return path.replace(/\./g, '-');
}

/** Messages in the order the fields appear on the form. */
const ORDER = ['areaName', 'logo', 'words', 'levelsOfNeed', 'defaultReviewFrequency', 'protectiveMarking', 'templatesSource', 'agreementRule', 'meetingLockAfterMinutes'];

export function sortByForm(errors: readonly FieldError[]): FieldError[] {
  const rank = (e: FieldError) => {
    const top = ORDER.indexOf(e.path.split('.')[0] ?? '');
    return top === -1 ? ORDER.length : top;
  };
  return [...errors].sort((a, b) => rank(a) - rank(b));
}

export function errorFor(errors: readonly FieldError[], ...paths: string[]): string | undefined {
  return errors.find((e) => paths.includes(e.path))?.message;
}
