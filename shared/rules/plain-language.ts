/**
 * Checks text that families will read: abbreviations nobody has explained, jargon, long
 * sentences, and a Flesch reading-ease score. Pure and advisory: it flags, it never blocks.
 * Positions (`start`, `end`) are indices into the text as JavaScript counts them, so
 * `text.slice(start, end)` gives the flagged words.
 */
import type { Glossary } from './glossary';

export type PlainLanguageFlagKind = 'jargon' | 'abbreviation' | 'long-sentence';
export type PlainLanguageFlag = { kind: PlainLanguageFlagKind; text: string; start: number; end: number; suggestion: string };
export type ReadingLevel = 'very easy' | 'easy' | 'fairly easy' | 'standard' | 'fairly hard' | 'hard' | 'very hard';
export type Readability = { score: number; sentences: number; words: number; averageSentenceLength: number; plainWords: ReadingLevel };
export type PlainLanguageResult = { flags: PlainLanguageFlag[]; readability: Readability };
export type PlainLanguageOptions = { glossary: Glossary; explained?: readonly string[] };

/** Sentences longer than this are flagged. */
export const LONG_SENTENCE_WORDS = 25;

/** Short forms most families already know; never flagged. */
const WELL_KNOWN = new Set(['OK', 'UK', 'TV', 'AM', 'PM', 'GP', 'NHS']);
/** Short words ending in a full stop that do not end a sentence. */
const NOT_SENTENCE_ENDS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'st', 'no']);

const WORD = /[\p{L}\p{N}]+(?:['’‐-][\p{L}\p{N}]+)*/gu;
const ABBREVIATION = /(?<![\p{L}\p{N}])([A-Z]{2,6})(?=(?:'?s)?(?![\p{L}\p{N}]))/gu;
const SENTENCE_END = /[.!?…]+["'”’)]*(?=\s|$)|\n/gu;

type Span = { start: number; end: number };
const key = (s: string): string => s.toLocaleLowerCase('en-GB');

function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

function isNotSentenceEnd(text: string, at: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 8), at));
  return before?.[1] !== undefined && NOT_SENTENCE_ENDS.has(key(before[1]));
}

/** Sentences (or lines), trimmed, that contain at least one word. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number): void => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim();
    if (countWords(trimmed) > 0) spans.push({ start: from + lead, end: from + lead + trimmed.length });
  };
  let start = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m[0].startsWith('.') && isNotSentenceEnd(text, m.index)) continue;
    const end = m.index + m[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return spans;
}

/** A rough English syllable count; words in other scripts, and numbers, count as one. */
export function countSyllables(word: string): number {
  const w = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  return Math.max(1, trimmed.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

function readingLevel(score: number): ReadingLevel {
  if (score >= 90) return 'very easy';
  if (score >= 80) return 'easy';
  if (score >= 70) return 'fairly easy';
  if (score >= 60) return 'standard';
  if (score >= 50) return 'fairly hard';
  if (score >= 30) return 'hard';
  return 'very hard';
}

/** Flesch reading ease, 0 (very hard) to 100 (very easy). Empty text scores 100. */
export function readability(text: string): Readability {
  const sentences = splitSentences(text).length;
  const words = text.match(WORD) ?? [];
  if (sentences === 0 || words.length === 0) return { score: 100, sentences: 0, words: 0, averageSentenceLength: 0, plainWords: 'very easy' };
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const averageSentenceLength = words.length / sentences;
  const raw = 206.835 - 1.015 * averageSentenceLength - 84.6 * (syllables / words.length);
  const score = Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
  return { score, sentences, words: words.length, averageSentenceLength: Math.round(averageSentenceLength * 10) / 10, plainWords: readingLevel(score) };
}

/** Where "Long Words (ABC)" or "ABC (Long Words)" explains an abbreviation. */
function explanationAt(text: string, start: number, end: number): boolean {
  const inBrackets = text[start - 1] === '(' && text[end] === ')' && /[\p{L}]\s*$/u.test(text.slice(0, start - 1));
  const followedByBrackets = /^\s*\(\s*[\p{L}]/u.test(text.slice(end));
  return inBrackets || followedByBrackets;
}

function abbreviationFlags(text: string, { glossary, explained = [] }: PlainLanguageOptions): PlainLanguageFlag[] {
  const done = new Set([...explained.map((e) => e.toUpperCase()), ...WELL_KNOWN]);
  const flags: PlainLanguageFlag[] = [];
  for (const m of text.matchAll(ABBREVIATION)) {
    const abbreviation = m[0];
    if (done.has(abbreviation)) continue;
    done.add(abbreviation);
    const end = m.index + abbreviation.length;
    if (explanationAt(text, m.index, end)) continue;
    const meaning = glossary.terms.find((t) => t.term.toUpperCase() === abbreviation)?.abbreviationOf;
    const suggestion = meaning === undefined
      ? `Say what ${abbreviation} means the first time, or write the words in full`
      : `Say what ${abbreviation} means the first time: ${meaning}`;
    flags.push({ kind: 'abbreviation', text: abbreviation, start: m.index, end, suggestion });
  }
  return flags;
}

function escapeForPattern(phrase: string): string {
  return phrase.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\s-]+/g, '[\\s-]+');
}

function jargonFlags(text: string, { glossary, explained = [] }: PlainLanguageOptions): PlainLanguageFlag[] {
  const skip = new Set(explained.map(key));
  const taken: Span[] = [];
  const flags: PlainLanguageFlag[] = [];
  const longestFirst = [...glossary.jargon].sort((a, b) => b.phrase.length - a.phrase.length);
  for (const { phrase, plain } of longestFirst) {
    if (skip.has(key(phrase))) continue;
    // Not inside a word, nor the end of a contraction ("we're") or the start of a joined word ("re-referral").
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?<![\\p{L}]['’])${escapeForPattern(phrase)}s?(?![\\p{L}\\p{N}])(?![-‐]\\p{L})`, 'giu');
    for (const m of text.matchAll(pattern)) {
      // A short word in capitals ("RE" lessons) is an abbreviation, which has its own check.
      if (m[0].length <= 3 && m[0] === m[0].toUpperCase()) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      if (taken.some((t) => span.start < t.end && t.start < span.end)) continue;
      taken.push(span);
      flags.push({ kind: 'jargon', text: m[0], ...span, suggestion: `Try plain words: "${plain}" instead of "${m[0]}"` });
    }
  }
  return flags;
}

function longSentenceFlags(text: string): PlainLanguageFlag[] {
  return splitSentences(text).flatMap(({ start, end }) => {
    const sentence = text.slice(start, end);
    const words = countWords(sentence);
    if (words <= LONG_SENTENCE_WORDS) return [];
    const suggestion = `This sentence has ${words} words. Try splitting it into shorter sentences of ${LONG_SENTENCE_WORDS} words or fewer.`;
    return [{ kind: 'long-sentence' as const, text: sentence, start, end, suggestion }];
  });
}

/** Flags what a family may not follow, in the order it appears, and scores how easy the text is to read. */
export function checkPlainLanguage(text: string, options: PlainLanguageOptions): PlainLanguageResult {
  const flags = [...abbreviationFlags(text, options), ...jargonFlags(text, options), ...longSentenceFlags(text)]
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { flags, readability: readability(text) };
}
