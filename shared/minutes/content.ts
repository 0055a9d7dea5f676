/** The minutes' content in the standard order, built once from the meeting's data. */
import type { MinutesContent } from '../domain/minutes';
import type { MinutesInput } from './types';

export function minutesContent(input: MinutesInput): MinutesContent {
  void input;
  throw new Error('Not built yet');
}
