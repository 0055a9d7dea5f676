import { countWords } from '../../../shared/words/case';
import { andList } from '../../../shared/words/list';
import type { FamilyRemoval } from '../../data/repositories/disposal';

const NAMES: Record<string, [string, string]> = {
  families: ['family record', 'family records'],
  plans: ['plan', 'plans'],
  consentEvents: ['consent record', 'consent records'],
  referrals: ['safeguarding referral', 'safeguarding referrals'],
  meetings: ['meeting', 'meetings'],
  actions: ['action', 'actions'],
  drafts: ['unsaved draft', 'unsaved drafts'],
};

function count(n: number, key: string): string {
  const [one, many] = NAMES[key] ?? ['other record', 'other records'];
  return countWords(n, one, many);
}

/** "1 family record, 2 plans, 3 consent records and 1 unsaved draft" */
export function removedWords(removal: FamilyRemoval): string {
  const parts = Object.entries({ families: removal.families, ...removal.linked, drafts: removal.drafts })
    .filter(([, n]) => n > 0)
    .map(([key, n]) => count(n, key));
  return parts.length > 0 ? andList(parts) : 'nothing';
}

/** Names are compared as typed by a person: case, and spaces at the ends or repeated, do not matter. */
export function sameName(typed: string, name: string): boolean {
  const clean = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return clean(typed) !== '' && clean(typed) === clean(name);
}

export interface DisposalFlash {
  flash: string;
  /** The disposed family's id, so the review list can link to its record of who did what. */
  disposedId: string;
}

export function disposalFlashFrom(state: unknown): DisposalFlash | null {
  if (!state || typeof state !== 'object') return null;
  const { flash, disposedId } = state as Record<string, unknown>;
  return typeof flash === 'string' && typeof disposedId === 'string' ? { flash, disposedId } : null;
}

