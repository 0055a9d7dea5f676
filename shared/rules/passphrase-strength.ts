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
  if (core.length === 0 || isSimplePattern(core)) {
    return {
      ok: false,
      problem: 'too-simple',
      message: 'This passphrase is too easy to guess because it repeats itself or follows a simple pattern.',
    };
  }
  return { ok: true, message: 'This passphrase is strong enough.' };
}
