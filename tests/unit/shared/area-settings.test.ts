import { describe, expect, it } from 'vitest';
import { areaSettingsSchema, areaWords, defaultAreaSettings, levelOfNeedLabel } from '../../../shared/domain/area-settings';

describe('area settings', () => {
  it('defaults to OFFICIAL-SENSITIVE, reviews every 6 weeks and a four-level scale', () => {
    const parsed = areaSettingsSchema.parse({ levelsOfNeed: defaultAreaSettings.levelsOfNeed });
    expect(parsed).toEqual(defaultAreaSettings);
    expect(parsed.protectiveMarking).toBe('OFFICIAL-SENSITIVE');
    expect(parsed.defaultReviewFrequency).toEqual({ count: 6, unit: 'weeks' });
    expect(parsed.levelsOfNeed.map((l) => l.label)).toEqual(['Universal', 'Early help', 'Targeted early help', 'Specialist']);
  });

  it("uses the area's own words", () => {
    const settings = areaSettingsSchema.parse({
      areaName: 'Calderdale',
      words: { meeting: 'TAC', lead: 'lead practitioner', service: 'family help' },
      levelsOfNeed: defaultAreaSettings.levelsOfNeed,
      protectiveMarking: 'OFFICIAL',
      defaultReviewFrequency: { count: 2, unit: 'months' },
    });
    expect(areaWords(settings)).toEqual({
      meetingShort: 'TAC',
      meetingLong: 'Team Around the Child',
      lead: 'lead practitioner',
      leadCapitalised: 'Lead practitioner',
      service: 'family help',
      serviceCapitalised: 'Family help',
    });
    expect(settings.protectiveMarking).toBe('OFFICIAL');
    expect(levelOfNeedLabel(settings, '3')).toBe('Targeted early help');
    expect(levelOfNeedLabel(settings, '9')).toBeNull();
  });

  it('refuses a scale with repeated codes or a single level', () => {
    const repeated = areaSettingsSchema.safeParse({ levelsOfNeed: [{ key: '1', label: 'A' }, { key: '1', label: 'B' }] });
    expect(repeated.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['levelsOfNeed', 'Each level needs its own code']]);
    const single = areaSettingsSchema.safeParse({ levelsOfNeed: [{ key: '1', label: 'A' }] });
    expect(single.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['levelsOfNeed', 'The scale needs at least 2 levels']]);
  });

  it('refuses an unknown word choice with a plain message', () => {
    const result = areaSettingsSchema.safeParse({ words: { meeting: 'TAM' }, levelsOfNeed: defaultAreaSettings.levelsOfNeed });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['words.meeting', 'Choose TAC or TAF']]);
  });
});
