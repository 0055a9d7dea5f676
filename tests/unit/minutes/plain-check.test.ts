/** The plain-language check of the family's version, section by section, with accepted flags. */
import { describe, expect, it } from 'vitest';
import { minutesContent } from '../../../shared/minutes/content';
import { acceptedFlagFor, checkFamilyVersion } from '../../../shared/minutes/plain-check';
import { CHAIR, glossary, input, record } from './fixtures';

const LONG = 'We talked for a long time about the way that the mornings go and how the family could make the start of each school day calmer for everyone in the house including the younger children.';

const content = minutesContent(input({ record: record({ worries: [{ id: 'worry-00001', text: 'There are safeguarding concerns about engagement with CAMHS.' }], needsToHappen: [{ id: 'need-000001', text: LONG }], familyViews: 'The CAMHS stuff is rubbish, the outcomes are rubbish.' }) }));
const check = checkFamilyVersion(content, glossary);
const flagsIn = (id: string) => check.sections.find((s) => s.sectionId === id)?.flags.map((f) => [f.kind, f.text]) ?? [];

describe('the check before export', () => {
  it('covers every section of the family version, with a readability score for each and for the whole', () => {
    expect(check.sections.map((s) => s.sectionId)).toEqual(content.sections.map((s) => s.id));
    expect(check.sections.find((s) => s.sectionId === 'worries')?.heading).toBe('What we are worried about');
    for (const s of check.sections) expect(s.readability.score).toBeGreaterThanOrEqual(0);
    expect(check.readability.words).toBeGreaterThan(100);
  });

  it('flags jargon; abbreviations the glossary knows are already spelled out in the family version', () => {
    expect(flagsIn('worries')).toEqual([
      ['jargon', 'safeguarding concerns'],
      ['jargon', 'engagement'],
    ]);
    expect(check.sections.find((s) => s.sectionId === 'worries')?.text).toContain('CAMHS (Child and Adolescent Mental Health Services)');
  });

  it('flags long sentences', () => {
    expect(flagsIn('needs')).toEqual([['long-sentence', LONG]]);
  });

  it("does not check people's own words", () => {
    expect(flagsIn('family-views')).toEqual([]);
  });

  it('counts the open flags, and accepted ones stop counting', () => {
    expect(check.open).toBe(3 + check.sections.filter((s) => !['worries', 'needs'].includes(s.sectionId)).reduce((n, s) => n + s.flags.length, 0));
    const accepted = [acceptedFlagFor('worries', { kind: 'jargon', text: 'engagement' }, '2026-11-23T18:00:00.000Z', CHAIR)];
    const again = checkFamilyVersion(content, glossary, accepted);
    expect(again.open).toBe(check.open - 1);
    expect(again.sections.find((s) => s.sectionId === 'worries')?.flags.map((f) => [f.text, f.accepted])).toEqual([
      ['safeguarding concerns', false],
      ['engagement', true],
    ]);
  });

  it('an abbreviation the glossary does not know is flagged with a suggestion', () => {
    const c = minutesContent(input({ record: record({ worries: [{ id: 'worry-00001', text: 'The PCSO visited.' }] }) }));
    const flag = checkFamilyVersion(c, glossary).sections.find((s) => s.sectionId === 'worries')?.flags[0];
    expect(flag).toMatchObject({ kind: 'abbreviation', text: 'PCSO', suggestion: 'Say what PCSO means the first time, or write the words in full', accepted: false });
  });
});
