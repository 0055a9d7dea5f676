/**
 * Settings for a local area: its name and logo, the words it uses, its level-of-need scale, its
 * default review frequency, the protective marking printed on documents, and where its term dates
 * and templates come from. Every field has a default, so settings saved by an older version (say,
 * before the logo existed) still read, with the new fields at their defaults.
 */
import { z } from 'zod';
import { areaLogoSchema } from './area-logo';
import { optionalLongText, optionalText, requiredText } from './fields';
import { DEFAULT_REVIEW_FREQUENCY, reviewFrequencySchema } from './review-frequency';
import { capitalise } from '../words/case';

export const meetingWordValues = ['TAC', 'TAF'] as const;
export const leadWordValues = ['lead professional', 'lead practitioner'] as const;
export const serviceWordValues = ['early help', 'family help'] as const;

export type MeetingWord = (typeof meetingWordValues)[number];
export type LeadWord = (typeof leadWordValues)[number];
export type ServiceWord = (typeof serviceWordValues)[number];

/** Each choice of words, explained in plain words for whoever sets up the area. */
export const meetingWordMeanings: Record<MeetingWord, string> = {
  TAC: 'Team Around the Child. The meeting is built around one child and what they need.',
  TAF: 'Team Around the Family. The meeting looks at the whole family: every child and the adults caring for them.',
};
export const leadWordMeanings: Record<LeadWord, string> = {
  'lead professional': 'The person who brings the team together, usually chairs the meetings and keeps the plan moving.',
  'lead practitioner': 'The same role under the name some areas now use.',
};
export const serviceWordMeanings: Record<ServiceWord, string> = {
  'early help': 'Support offered with the family’s agreement before problems become serious.',
  'family help': 'The name some areas now use for early help, sometimes joined with other support for families.',
};

export const levelOfNeedSchema = z.object({
  /** A short stable key stored on plans, e.g. "2". */
  key: z
    .string()
    .trim()
    .min(1, 'Enter a short code for this level, for example 2')
    .max(20, 'The code must be 20 characters or fewer')
    .regex(/^[A-Za-z0-9_-]+$/, 'Use only letters, numbers, dashes or underscores in the code'),
  label: requiredText('name of the level', 100),
  description: optionalLongText('description of the level', 1000),
});
export type LevelOfNeed = z.infer<typeof levelOfNeedSchema>;

export const DEFAULT_PROTECTIVE_MARKING = 'OFFICIAL-SENSITIVE';

/** The longer idle time an area may set for the live meeting screen, within these limits. */
export const MEETING_LOCK_MIN_MINUTES = 2;
export const MEETING_LOCK_MAX_MINUTES = 60;
export const MEETING_LOCK_CHOICES = [15, 20, 30, 45, 60] as const;

/**
 * When the minutes count as agreed with the family:
 * - every-invited-answered: every parent or carer with parental responsibility who was invited has
 *   answered; anyone who disagrees has their words printed in the minutes (the default);
 * - every-invited-agrees: each of them has agreed (with or without changes);
 * - one-agrees: one parent's or carer's agreement is enough (the latest answer decides).
 */
export const agreementRuleValues = ['every-invited-answered', 'every-invited-agrees', 'one-agrees'] as const;
export type AgreementRule = (typeof agreementRuleValues)[number];
export const DEFAULT_AGREEMENT_RULE: AgreementRule = 'every-invited-answered';
export const agreementRuleMeanings: Record<AgreementRule, string> = {
  'every-invited-answered': 'When all the parents and carers with parental responsibility who were invited have answered. If someone does not agree, their words are printed in the minutes.',
  'every-invited-agrees': 'Only when all the parents and carers with parental responsibility who were invited have agreed.',
  'one-agrees': 'When one parent or carer has agreed.',
};

/** A common four-level scale; areas replace it with their own. */
export const defaultLevelsOfNeed: LevelOfNeed[] = [
  { key: '1', label: 'Universal', description: 'Needs met by everyday services such as school, GP and health visitor.' },
  { key: '2', label: 'Early help', description: 'Extra help from one service, or a few working together.' },
  { key: '3', label: 'Targeted early help', description: 'Several needs, with services working together in a plan.' },
  { key: '4', label: 'Specialist', description: "Children's social care: child in need or child protection." },
];

export const areaSettingsSchema = z.object({
  areaName: optionalText('area name', 200),
  words: z
    .object({
      meeting: z.enum(meetingWordValues, { error: 'Choose TAC or TAF' }).default('TAF'),
      lead: z.enum(leadWordValues, { error: 'Choose lead professional or lead practitioner' }).default('lead professional'),
      service: z.enum(serviceWordValues, { error: 'Choose early help or family help' }).default('early help'),
    })
    .default({ meeting: 'TAF', lead: 'lead professional', service: 'early help' }),
  levelsOfNeed: z
    .array(levelOfNeedSchema)
    .min(2, 'The scale needs at least 2 levels')
    .max(10, 'The scale can have up to 10 levels')
    .refine((levels) => new Set(levels.map((l) => l.key)).size === levels.length, 'Each level needs its own code')
    .default(defaultLevelsOfNeed),
  defaultReviewFrequency: reviewFrequencySchema.default(DEFAULT_REVIEW_FREQUENCY),
  protectiveMarking: optionalText('protective marking', 60).transform((s) => (s === '' ? DEFAULT_PROTECTIVE_MARKING : s)),
  /** The area's logo, or none. */
  logo: areaLogoSchema.nullable().default(null),
  /** Where the area's term dates and templates come from, e.g. "Term dates from Leeds City Council, updated each July". */
  templatesSource: optionalLongText('note of where your term dates and templates come from', 1000),
  /**
   * How long the live meeting screen and the family's review may sit unused before the app locks
   * (it warns a minute before); null means the usual time set in Locking. Record 0040.
   */
  meetingLockAfterMinutes: z
    .number({ error: 'Choose how long the meeting screen stays unlocked' })
    .int('Choose how long the meeting screen stays unlocked')
    .min(MEETING_LOCK_MIN_MINUTES, `The meeting screen must lock after ${MEETING_LOCK_MIN_MINUTES} minutes or more`)
    .max(MEETING_LOCK_MAX_MINUTES, `The meeting screen must lock after ${MEETING_LOCK_MAX_MINUTES} minutes or fewer`)
    .nullable()
    .default(null),
  /** When the family's answers count as agreeing the minutes (shared/minutes/agreement.ts). */
  agreementRule: z.enum(agreementRuleValues, { error: 'Choose when the minutes count as agreed' }).default(DEFAULT_AGREEMENT_RULE),
});
export type AreaSettings = z.infer<typeof areaSettingsSchema>;
export type AreaSettingsInput = z.input<typeof areaSettingsSchema>;

export const defaultAreaSettings: AreaSettings = {
  areaName: '',
  words: { meeting: 'TAF', lead: 'lead professional', service: 'early help' },
  levelsOfNeed: defaultLevelsOfNeed,
  defaultReviewFrequency: DEFAULT_REVIEW_FREQUENCY,
  protectiveMarking: DEFAULT_PROTECTIVE_MARKING,
  logo: null,
  templatesSource: '',
  meetingLockAfterMinutes: null,
  agreementRule: DEFAULT_AGREEMENT_RULE,
};

/** The area's words in full, for headings and explanations. */
export function areaWords(settings: Pick<AreaSettings, 'words'>): {
  meetingShort: string;
  meetingLong: string;
  lead: string;
  leadCapitalised: string;
  service: string;
  serviceCapitalised: string;
} {
  const { meeting, lead, service } = settings.words;
  return {
    meetingShort: meeting,
    meetingLong: meeting === 'TAC' ? 'Team Around the Child' : 'Team Around the Family',
    lead,
    leadCapitalised: capitalise(lead),
    service,
    serviceCapitalised: capitalise(service),
  };
}

export function levelOfNeedLabel(settings: Pick<AreaSettings, 'levelsOfNeed'>, key: string): string | null {
  return settings.levelsOfNeed.find((l) => l.key === key)?.label ?? null;
}
