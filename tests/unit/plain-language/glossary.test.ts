import { describe, expect, test } from 'vitest';
import { loadDefaultGlossary, lookUpTerm, parseGlossary } from '../../../shared/rules/glossary';
import glossaryJson from '../../../templates/glossary.json';

const copy = (): { terms: Record<string, unknown>[]; jargon: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(glossaryJson)) as { terms: Record<string, unknown>[]; jargon: Record<string, unknown>[] };

describe('the glossary file', () => {
  test('the shipped glossary validates', () => {
    const parsed = parseGlossary(glossaryJson);
    expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
  });

  test.each(['TAC', 'TAF', 'Lead professional', 'Lead practitioner', 'Early help', 'Family help', 'EHA', 'CAF', 'DSL', 'SENCO', 'SEND', 'EHCP', 'CIN', 'CP', 'CSC', 'CAMHS', 'Step up', 'Step down', 'Level of need', 'Safeguarding', 'Consent', 'Contingency plan', 'Review meeting', 'Health visitor', 'School nurse', 'Social worker'])(
    'explains %s',
    (term) => {
      // A real explanation: a sentence of several words, not an empty or one-word gloss.
      expect(lookUpTerm(loadDefaultGlossary(), term)?.plain ?? '').toMatch(/^\S+(\s+\S+){3,}/);
    },
  );

  test('every abbreviation in the glossary says what it stands for', () => {
    const abbreviations = loadDefaultGlossary().terms.filter((t) => /^[A-Z]{2,6}$/.test(t.term));
    expect(abbreviations.length).toBeGreaterThan(5);
    for (const t of abbreviations) expect(t.abbreviationOf ?? '', t.term).toMatch(/^[A-Z][a-z]/);
  });

  test('a missing explanation names the entry and the field', () => {
    const bad = copy();
    delete bad.terms[2]?.plain;
    const parsed = parseGlossary(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^The glossary could not be read: entry 3 in "terms", "plain"/);
  });

  test('a term explained twice is refused', () => {
    const bad = copy();
    bad.terms.push({ term: 'tac', plain: 'Again' });
    const parsed = parseGlossary(bad);
    expect(parsed).toEqual({ ok: false, message: 'The glossary could not be read: "tac" is explained more than once.' });
  });

  test.each([null, 'text', { terms: [] }, { terms: [{ term: 'X', plain: 'Y' }] }])('a file in the wrong shape gets a message: %j', (data) => {
    const parsed = parseGlossary(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/^The glossary could not be read: .+\.$/);
  });
});
