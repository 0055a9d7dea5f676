/**
 * Settings for a local area: the words it uses, its level-of-need scale, its default review
 * frequency and the protective marking printed on documents.
 */
import { z } from 'zod';
import { optionalLongText, optionalText, requiredText } from './fields';
import { DEFAULT_REVIEW_FREQUENCY, reviewFrequencySchema } from './review-frequency';

export const meetingWordValues = ['TAC', 'TAF'] as const;
export const leadWordValues = ['lead professional', 'lead practitioner'] as const;
export const serviceWordValues = ['early help', 'family help'] as const;

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
    .refine((levels) => new Set(levels.map((l) => l.key)).size === levels.length, 'Each level needs its own code'),
  defaultReviewFrequency: reviewFrequencySchema.default(DEFAULT_REVIEW_FREQUENCY),
  protectiveMarking: optionalText('protective marking', 60).transform((s) => (s === '' ? DEFAULT_PROTECTIVE_MARKING : s)),
});
export type AreaSettings = z.infer<typeof areaSettingsSchema>;

/** A common four-level scale; areas replace it with their own. */
export const defaultLevelsOfNeed: LevelOfNeed[] = [
  { key: '1', label: 'Universal', description: 'Needs met by everyday services such as school, GP and health visitor.' },
  { key: '2', label: 'Early help', description: 'Extra help from one service, or a few working together.' },
  { key: '3', label: 'Targeted early help', description: 'Several needs, with services working together in a plan.' },
  { key: '4', label: 'Specialist', description: "Children's social care: child in need or child protection." },
];

export const defaultAreaSettings: AreaSettings = {
  areaName: '',
  words: { meeting: 'TAF', lead: 'lead professional', service: 'early help' },
  levelsOfNeed: defaultLevelsOfNeed,
  defaultReviewFrequency: DEFAULT_REVIEW_FREQUENCY,
  protectiveMarking: DEFAULT_PROTECTIVE_MARKING,
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
  const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
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
