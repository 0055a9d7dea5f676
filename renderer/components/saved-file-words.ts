import type { SaveFileResult } from '../../shared/contract';

/** What became of a file the user was asked to save, in a few words for a status line. */
export function savedFileWords(result: SaveFileResult): string {
  if (result.status === 'saved') return `Saved as ${result.fileName}.`;
  if (result.status === 'cancelled') return 'Not saved: you cancelled.';
  return result.message;
}
