/**
 * Is a new passphrase good enough to protect the database? Long (12+ characters) or several
 * words, not one of the first anyone would try, not a simple pattern. Returns words for the user.
 */
export const MIN_PASSPHRASE_LENGTH = 12;
export const MIN_PASSPHRASE_WORDS = 4;

export type PassphraseProblem = 'empty' | 'too-short' | 'too-common' | 'too-simple';

export type PassphraseVerdict = { ok: true; message: string } | { ok: false; problem: PassphraseProblem; message: string };

/** Lower case, letters and digits only; a passphrase equal to one of these (plus digits or symbols) is refused. */
const COMMON = new Set([
  'password', 'passw0rd', 'p4ssw0rd', 'passphrase', 'qwerty', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertyuiopasdfghjkl',
  'letmein', 'welcome', 'iloveyou', 'admin', 'administrator', 'monkey', 'dragon', 'football', 'sunshine', 'princess',
  'trustno1', 'abc123', 'baseball', 'superman', 'batman', 'master', 'shadow', 'michael', 'jennifer', 'liverpool',
  'chelsea', 'arsenal', 'manchesterunited', 'changeme', 'secret', 'default', 'login', 'teamaround', 'teamaroundthefamily',
  'teamaroundthechild', 'correcthorsebatterystaple', 'thequickbrownfox', 'thequickbrownfoxjumpsoverthelazydog',
  'iloveyoutoo', 'mypassword', 'mypassphrase', 'opensesame', 'helloworld', 'whatever', 'nopassword', 'earlyhelp',
  'safeguarding', 'socialworker', 'socialservices', 'schoolnurse', 'headteacher',
]);

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '01234567890123456789', 'qwertyuiopasdfghjklzxcvbnm'];

function isSimplePattern(core: string): boolean {
  if (new Set(core).size <= 2) return true;
  // One short unit repeated: "abcabcabcabc", "1212121212".
  for (let size = 1; size <= core.length / 2; size++) {
    if (core.length % size === 0 && core.slice(0, size).repeat(core.length / size) === core) return true;
  }
  return SEQUENCES.some((s) => s.includes(core) || [...s].reverse().join('').includes(core));
}

const SEASONS_AND_MONTHS =
  'spring|summer|autumn|fall|winter|christmas|xmas|easter|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec';
/** A season, a month or a holiday next to a year ("Summer2024!!", "2023 winter"): among the first things anyone tries. */
const SEASON_AND_YEAR = new RegExp(`(?<!\\p{L})(?:${SEASONS_AND_MONTHS})[^\\p{L}\\p{N}]*(?:19|20)?\\d{2}(?!\\d)|(?<!\\d)(?:19|20)\\d{2}[^\\p{L}\\p{N}]*(?:${SEASONS_AND_MONTHS})(?!\\p{L})`, 'iu');

/** Whether the passphrase leans on a season or month and a year. */
export function hasSeasonAndYear(passphrase: string): boolean {
  return SEASON_AND_YEAR.test(passphrase.normalize('NFC'));
}

function words(passphrase: string): string[] {
  return passphrase.split(/[\s\-_.,;:/+]+/u).filter((w) => /\p{L}{2,}/u.test(w));
}

export function checkPassphraseStrength(passphrase: string): PassphraseVerdict {
  const text = passphrase.normalize('NFC').trim();
  if (text.length === 0) return { ok: false, problem: 'empty', message: 'Enter a passphrase.' };
  const length = [...text].length;
  const wordCount = new Set(words(text.toLowerCase())).size;
  if (length < MIN_PASSPHRASE_LENGTH && wordCount < MIN_PASSPHRASE_WORDS) {
    return {
      ok: false,
      problem: 'too-short',
      message: `Use at least ${MIN_PASSPHRASE_LENGTH} characters, or ${MIN_PASSPHRASE_WORDS} or more words. A short sentence you will remember works well.`,
    };
  }
  const core = text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const stem = core.replace(/[\p{N}]+$/u, '').replace(/^[\p{N}]+/u, '');
  if (COMMON.has(core) || COMMON.has(stem)) {
    return {
      ok: false,
      problem: 'too-common',
      message: 'This passphrase is too common: it is one of the first that anyone would try. Choose something personal to you.',
    };
  }
  if (hasSeasonAndYear(text)) {
    return {
      ok: false,
      problem: 'too-common',
      message: 'A season or a month with a year, such as Summer2024, is one of the first things anyone would try. Choose words that have nothing to do with dates.',
    };
  }
  if (core.length === 0 || isSimplePattern(core)) {
    return {
      ok: false,
      problem: 'too-simple',
      message: 'This passphrase is too easy to guess because it repeats itself or follows a simple pattern.',
    };
  }
  return { ok: true, message: 'This passphrase is strong enough.' };
}
