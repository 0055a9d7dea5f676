/** The letter's sentence about consent to the support, true for the person it is addressed to. */
import type { ConsentEvent } from '../../domain/consent';
import { earlyHelpAnswer } from '../../rules/consent-state';
import type { IsoDate } from '../../rules/dates';

/**
 * "You agreed to it" only to the person who did; "Ana Ruiz agreed to it for your family" to
 * anyone else in the family; and, when nobody's agreement is in force today (not asked,
 * refused, withdrawn or due for review), that it is their choice.
 */
export function agreedWords(consents: readonly ConsentEvent[], readerId: string, today: IsoDate, toChild: boolean): string {
  const answer = earlyHelpAnswer(consents, today);
  if (answer.answer !== 'yes') return toChild ? 'Your family can choose whether to have it' : 'You can choose whether to have it';
  const by = answer.state.given.by;
  if (by.personId === readerId) return 'You agreed to it';
  return `${by.name} agreed to it for your family`;
}
