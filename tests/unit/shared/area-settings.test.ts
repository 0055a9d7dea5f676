import { describe, expect, it } from 'vitest';
import { areaSettingsSchema, areaWords, defaultAreaSettings, levelOfNeedLabel } from '../../../shared/domain/area-settings';
import {
  LOGO_MAX_BYTES,
  LOGO_SIZE_MESSAGE,
  LOGO_TYPE_MESSAGE,
  checkLogoBytes,
  logoDataUrl,
  sniffLogoMime,
} from '../../../shared/domain/area-logo';
import { base64ByteLength, base64ToBytesOrNull } from '../../../shared/bytes';
import { makePng } from '../documents/png';

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

describe('area settings: logo and where templates come from', () => {
  const png = makePng(40, 20);
  const logo = { mime: 'image/png' as const, dataBase64: Buffer.from(png).toString('base64'), alt: 'Calderdale Council logo' };

  it('reads settings saved before the logo and templates source existed, with their defaults', () => {
    const old = { areaName: 'Calderdale', words: { meeting: 'TAC', lead: 'lead professional', service: 'early help' }, levelsOfNeed: defaultAreaSettings.levelsOfNeed, defaultReviewFrequency: { count: 8, unit: 'weeks' }, protectiveMarking: 'OFFICIAL' };
    const parsed = areaSettingsSchema.parse(old);
    expect(parsed.logo).toBeNull();
    expect(parsed.templatesSource).toBe('');
    expect(parsed.areaName).toBe('Calderdale');
    expect(parsed.defaultReviewFrequency).toEqual({ count: 8, unit: 'weeks' });
    // Even an empty object reads as the defaults.
    expect(areaSettingsSchema.parse({})).toEqual(defaultAreaSettings);
  });

  it('keeps a PNG logo with its description, and the templates source as typed', () => {
    const parsed = areaSettingsSchema.parse({ logo, templatesSource: '  Term dates from Leeds City Council, updated each July\r\nTemplates from the early help hub  ' });
    expect(parsed.logo).toEqual(logo);
    expect(parsed.templatesSource).toBe('Term dates from Leeds City Council, updated each July\nTemplates from the early help hub');
    expect(logoDataUrl(logo)).toMatch(/^data:image\/png;base64,iVBOR/);
  });

  it('refuses a logo that is not a real PNG or JPEG, is too large, or has no description', () => {
    const messages = (value: unknown) => areaSettingsSchema.safeParse({ logo: value }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    const text = Buffer.from('Dear all, please find the minutes attached.').toString('base64');
    expect(messages({ ...logo, dataBase64: text })).toEqual([['logo.dataBase64', LOGO_TYPE_MESSAGE]]);
    expect(messages({ ...logo, mime: 'image/jpeg' })).toEqual([['logo.dataBase64', LOGO_TYPE_MESSAGE]]);
    expect(messages({ ...logo, mime: 'image/gif' })).toEqual([['logo.mime', LOGO_TYPE_MESSAGE]]);
    expect(messages({ ...logo, dataBase64: 'not base64!' })).toEqual([['logo.dataBase64', LOGO_TYPE_MESSAGE]]);
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(png);
    expect(messages({ ...logo, dataBase64: Buffer.from(big).toString('base64') })).toEqual([['logo.dataBase64', LOGO_SIZE_MESSAGE]]);
    expect(messages({ ...logo, alt: '   ' })).toEqual([['logo.alt', 'Enter the description of the logo']]);
  });

  it('checks the bytes, not the name: sniffs the type and decodes base64 exactly', () => {
    expect(sniffLogoMime(png)).toBe('image/png');
    expect(sniffLogoMime(new TextEncoder().encode('hello'))).toBeNull();
    expect(checkLogoBytes(png, 'image/png')).toBeNull();
    expect(checkLogoBytes(png, 'text/plain')).toBe('type');
    for (const length of [0, 1, 2, 3, 4, 5, 100]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37) % 256);
      const encoded = Buffer.from(bytes).toString('base64');
      expect(base64ByteLength(encoded)).toBe(length);
      expect(base64ToBytesOrNull(encoded)).toEqual(bytes);
    }
    expect(base64ToBytesOrNull('abc')).toBeNull();
  });
});
