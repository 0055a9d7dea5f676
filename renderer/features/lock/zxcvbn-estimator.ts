/**
 * The passphrase estimator: zxcvbn-ts with its English and common dictionaries and keyboard
 * layouts. Large, so it is only ever loaded with import() by passphrase-estimate.ts, on the screens
 * where a new passphrase is chosen. Feedback is our own, in plain en-GB words, from what it found.
 */
import { ZxcvbnFactory, type MatchExtended } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';

/** zxcvbn scores 0 to 4; 4 means more than 10^10 guesses. */
export const REQUIRED_SCORE = 4;

/** Words anyone guessing at this app would try first. */
const APP_WORDS = ['team', 'around', 'teamaround', 'child', 'family', 'early', 'help', 'earlyhelp', 'safeguarding', 'meeting', 'school', 'council'];

const factory = new ZxcvbnFactory({
  translations,
  graphs: adjacencyGraphs,
  dictionary: { ...commonDictionary, ...englishDictionary, userInputs: APP_WORDS },
});

export interface Estimate {
  ok: boolean;
  score: number;
  /** Plain words on what makes it guessable; empty when it is strong enough. */
  message: string;
}

function dictionaryName(m: MatchExtended): string {
  return m.pattern === 'dictionary' ? ((m as { dictionaryName?: string }).dictionaryName ?? '') : '';
}

/** The dictionaries come with a language suffix ("passwords-common", "lastnames-en"). */
const HINTS: [(m: MatchExtended) => boolean, string][] = [
  [(m) => m.pattern === 'date' || (m.pattern === 'regex' && (m as { regexName?: string }).regexName === 'recentYear'), 'Years and dates are easy to guess.'],
  [(m) => m.pattern === 'spatial', 'Keys next to each other on the keyboard are easy to guess.'],
  [(m) => m.pattern === 'repeat', 'Repeating letters or words adds little.'],
  [(m) => m.pattern === 'sequence', 'Runs such as abc or 123 are easy to guess.'],
  [(m) => dictionaryName(m).startsWith('passwords'), 'Part of it is a commonly used password.'],
  [(m) => /^(firstnames|lastnames)/.test(dictionaryName(m)), 'Names are easy to guess.'],
  [(m) => dictionaryName(m).startsWith('userInputs'), 'Words about this app or your work are the first anyone would try.'],
];

export async function estimate(passphrase: string): Promise<Estimate> {
  const result = await factory.checkAsync(passphrase);
  if (result.score >= REQUIRED_SCORE) return { ok: true, score: result.score, message: '' };
  const hints = HINTS.filter(([applies]) => result.sequence.some(applies)).map(([, words]) => words);
  const message = ['This passphrase would be too easy to guess.', ...hints, 'Four or more ordinary words that have nothing to do with each other work well.'].join(' ');
  return { ok: false, score: result.score, message };
}
