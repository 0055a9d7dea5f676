/**
 * A last check before anything leaves for a recipient: none of the details a safety flag
 * withholds from them may appear anywhere in it, even typed by hand into a free-text note
 * ("access through 12 Elm Road"). `redactFor` clears the record; this catches the rest.
 */
import type { FamilyRecord } from '../../domain/family-record';
import { withheldValues as withheldValuesIn } from '../../rules/redaction';

export class WithheldDetailError extends Error {
  constructor() {
    super('This invitation would show a detail that a safety flag hides from this person. Take it out of the notes and try again.');
    this.name = 'WithheldDetailError';
  }
}

const squash = (s: string) => s.normalize('NFC').toLocaleLowerCase('en-GB').replace(/\s+/g, '');
const digits = (s: string) => s.replace(/\D/g, '');

/** The withheld values, squashed for matching, from the unredacted record. */
export function withheldValues(recipientId: string, family: FamilyRecord): { text: string[]; phones: string[] } {
  const { text, phones } = withheldValuesIn(recipientId, family);
  return {
    text: text.map(squash).filter((s) => s.length >= 4),
    phones: phones.map(digits).filter((s) => s.length >= 6),
  };
}

/** Every string inside a value (documents, blocks, runs), skipping binary data. */
export function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    for (const v of Object.values(value)) stringsIn(v, out);
  }
  return out;
}

/** Throws WithheldDetailError when any withheld value is in `content`. */
export function assertNothingWithheld(recipientId: string, family: FamilyRecord, content: unknown): void {
  const { text, phones } = withheldValues(recipientId, family);
  if (text.length === 0 && phones.length === 0) return;
  const all = stringsIn(content).join('\n');
  const flat = squash(all);
  // Phone-like runs of digits, however they are spaced: "0113 496 0000", "+44 (0)113-496-0000".
  const numbers = (all.match(/\d[\d \u00A0()+.-]*\d/g) ?? []).map(digits);
  const hasPhone = phones.some((p) => numbers.some((n) => n.includes(p) || n.includes(p.replace(/^0/, ''))));
  if (text.some((t) => flat.includes(t)) || hasPhone) throw new WithheldDetailError();
}
