import type { PracticeRemoval } from '../../data/repositories/practice';

const NAMES: Record<string, [string, string]> = {
  families: ['family', 'families'],
  plans: ['plan', 'plans'],
  consentEvents: ['consent record', 'consent records'],
  referrals: ['safeguarding referral', 'safeguarding referrals'],
  meetings: ['meeting', 'meetings'],
  actions: ['action', 'actions'],
  drafts: ['unsaved draft', 'unsaved drafts'],
};

function count(n: number, key: string): string {
  const [one, many] = NAMES[key] ?? ['other record', 'other records'];
  return `${n} ${n === 1 ? one : many}`;
}

function joined(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "The practice family has been removed, with 1 plan, 3 consent records and 1 unsaved draft." */
export function removalSentence(removal: PracticeRemoval): string {
  if (removal.families === 0) return 'There was no practice family to remove.';
  const parts = Object.entries({ ...removal.linked, drafts: removal.drafts })
    .filter(([, n]) => n > 0)
    .map(([key, n]) => count(n, key));
  const what = removal.families === 1 ? 'The practice family has been removed' : `${count(removal.families, 'families')} have been removed`;
  return parts.length > 0 ? `${what}, with ${joined(parts)}.` : `${what}.`;
}
