import type { PracticeRemoval } from '../../data/repositories/practice';
import { removedWords } from '../retention';

/** "The practice family has been removed, with 1 plan, 3 consent records and 1 unsaved draft." */
export function removalSentence(removal: PracticeRemoval): string {
  if (removal.families === 0) return 'There was no practice family to remove.';
  const what = removal.families === 1 ? 'The practice family has been removed' : `${removal.families} practice families have been removed`;
  const linked = removedWords({ ...removal, families: 0 });
  return linked === 'nothing' ? `${what}.` : `${what}, with ${linked}.`;
}
