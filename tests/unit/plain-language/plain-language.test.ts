import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import { checkPlainLanguage, countSyllables, readability, splitSentences } from '../../../shared/rules/plain-language';

const glossary = loadDefaultGlossary();
const check = (text: string, explained?: string[]) => checkPlainLanguage(text, { glossary, explained });
const kinds = (text: string, kind: string, explained?: string[]) => check(text, explained).flags.filter((f) => f.kind === kind);

describe('abbreviations', () => {
  test('an unexplained abbreviation is flagged once, with its meaning from the glossary', () => {
    const text = 'The TAF meets on Monday. The TAF will look at the plan.';
    const flags = kinds(text, 'abbreviation');
    expect(flags).toEqual([{ kind: 'abbreviation', text: 'TAF', start: 4, end: 7, suggestion: 'Say what TAF means the first time: Team Around the Family' }]);
  });

  test.each([
    'The Team Around the Family (TAF) meets on Monday. The TAF will look at the plan.',
    'The TAF (Team Around the Family) meets on Monday. Then the TAF looks at the plan.',
  ])('explained inline, it is not flagged: %s', (text) => {
    expect(kinds(text, 'abbreviation')).toEqual([]);
  });

  test('used before it is explained, the first use is flagged', () => {
    expect(kinds('The TAF meets. The Team Around the Family (TAF) is you and us.', 'abbreviation').map((f) => f.start)).toEqual([4]);
  });

  test('an abbreviation in the explained list is not flagged, whatever its case', () => {
    expect(kinds('Ask the DSL.', 'abbreviation', ['dsl'])).toEqual([]);
  });

  test('an abbreviation not in the glossary still gets a plain suggestion; plurals count', () => {
    expect(kinds('Two XYZs came.', 'abbreviation')).toEqual([
      { kind: 'abbreviation', text: 'XYZ', start: 4, end: 7, suggestion: 'Say what XYZ means the first time, or write the words in full' },
    ]);
  });

  test('well-known short forms, single capitals and longer capitals are left alone', () => {
    expect(kinds('I saw the GP and it was OK. The NHS helped. I went HOMEWARDS.', 'abbreviation')).toEqual([]);
  });

  test('capitals inside a longer word are not an abbreviation', () => {
    expect(kinds('McDONALD and ÉLODIE came.', 'abbreviation')).toEqual([]);
  });
});

describe('jargon', () => {
  test('jargon is flagged with its position and a plainer word', () => {
    const text = 'We discussed engagement and a multi-agency intervention.';
    const flags = kinds(text, 'jargon');
    expect(flags.map((f) => [f.text, f.start, f.end])).toEqual([
      ['engagement', 13, 23],
      ['multi-agency', 30, 42],
      ['intervention', 43, 55],
    ]);
    for (const f of flags) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(flags[0]?.suggestion).toBe('Try plain words: "taking part" instead of "engagement"');
  });

  test('the longest phrase wins and case is ignored', () => {
    const flags = kinds('There are Safeguarding Concerns and presenting needs.', 'jargon');
    expect(flags.map((f) => f.text)).toEqual(['Safeguarding Concerns', 'presenting needs']);
  });

  test('jargon inside another word is not flagged', () => {
    expect(kinds('The thresholds were fine; a disengagement-free week.', 'jargon').map((f) => f.text)).toEqual(['thresholds']);
  });
  test.each([
    ['I will liaise with school.', 'liaise', 'talk to, or work with'],
    ['Sam is liaising with the GP.', 'liaising', 'talking to, or working with'],
    ['Re Leo’s attendance: it is better.', 'Re', 'about'],
    ['Going forward, Mum will walk Leo in.', 'Going forward', 'from now on'],
    ['We will utilise the youth club.', 'utilise', 'use'],
    ['Dad was signposted to the food bank.', 'signposted', 'told about'],
    ['School will facilitate a meeting.', 'facilitate', 'help with'],
    ['In terms of sleep, things are better.', 'In terms of', 'about, or say it directly'],
    ['Sam will touch base with Mum on Friday.', 'touch base', 'talk, or get in touch'],
    ['The nurse to action the referral.', 'to action', 'to do'],
    ['School will action this.', 'will action', 'will do'],
    ['It was actioned last week.', 'actioned', 'done'],
    ['We may escalate if things get worse.', 'escalate', 'ask for more help'],
    ['The plan will be disseminated to everyone.', 'disseminated', 'shared'],
    ['Please disseminate the minutes.', 'disseminate', 'share'],
    ['A multi-agency meeting.', 'multi-agency', 'people from different services'],
  ])('office words are flagged with plain ones: %s', (text, found, plain) => {
    const flags = kinds(text, 'jargon');
    expect(flags.map((f) => f.text)).toEqual([found]);
    expect(flags[0]?.suggestion).toBe(`Try plain words: "${plain}" instead of "${found}"`);
  });

  test('"re" only as a word of its own: not in we’re, re-referral, RE lessons or an action as a thing', () => {
    expect(kinds("We’re glad. We're here. A re-referral was made. Leo likes RE lessons. The action is done; Mum has two actions.", 'jargon')).toEqual([]);
  });
});

describe('long sentences', () => {
  const long = Array.from({ length: 26 }, (_, i) => `word${i}`).join(' ') + '.';

  test('a sentence over 25 words is flagged with where it is', () => {
    const text = `Hello there. ${long} Bye.`;
    const flags = kinds(text, 'long-sentence');
    expect(flags).toHaveLength(1);
    expect(flags[0]?.start).toBe(13);
    expect(text.slice(flags[0]?.start, flags[0]?.end)).toBe(long);
    expect(flags[0]?.suggestion).toMatch(/26 words/);
  });

  test('a sentence of exactly 25 words is fine', () => {
    expect(kinds(Array.from({ length: 25 }, () => 'go').join(' '), 'long-sentence')).toEqual([]);
  });

  test('e.g. and Mrs. do not end a sentence; new lines do', () => {
    expect(splitSentences('Bring things, e.g. a coat. Mrs. Ó Briain will come.\nSee you then')).toHaveLength(3);
  });
});

describe('readability', () => {
  test('empty or blank text has nothing to flag', () => {
    for (const text of ['', '   ', '\n\n', '...']) {
      expect(check(text)).toEqual({ flags: [], readability: { score: 100, sentences: 0, words: 0, averageSentenceLength: 0, plainWords: 'very easy' } });
    }
  });

  test('counts sentences and words, with apostrophes and Unicode names', () => {
    const r = readability("Zoë's mum can't come. Siobhán and José will.");
    expect(r).toMatchObject({ sentences: 2, words: 8, averageSentenceLength: 4 });
  });

  test('syllables', () => {
    expect([countSyllables('cat'), countSyllables('table'), countSyllables('organise'), countSyllables('colour'), countSyllables('2026')]).toEqual([1, 2, 3, 2, 1]);
  });

  test('the known sentence "The cat sat on the mat." is very easy', () => {
    const r = readability('The cat sat on the mat.');
    expect(r.score).toBeCloseTo(100, 0);
    expect(r.plainWords).toBe('very easy');
  });

  test('short plain sentences score higher than a long jargon-heavy one', () => {
    const plain = 'We will meet on Monday. Sam will go to school. Mum will call the nurse.';
    const hard = 'Multi-agency intervention, facilitated holistically following identification of presenting needs, necessitates comprehensive professional engagement, collaborative safeguarding considerations and systematic evaluation of organisational thresholds throughout.';
    const a = readability(plain);
    const b = readability(hard);
    expect(a.score).toBeGreaterThan(b.score);
    expect(a.plainWords).toMatch(/easy/);
    expect(b.plainWords).toBe('very hard');
    expect(check(hard).flags.map((f) => f.kind)).toEqual(expect.arrayContaining(['jargon']));
  });

  test('any text: the score stays in range, flags point at the text they name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const result = check(text);
        expect(result.readability.score).toBeGreaterThanOrEqual(0);
        expect(result.readability.score).toBeLessThanOrEqual(100);
        for (const f of result.flags) expect(text.slice(f.start, f.end)).toBe(f.text);
      }),
    );
  });
});
