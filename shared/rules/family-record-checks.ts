/**
 * Checks a v2 family record before it is saved from a form: the schema, then the rules that
 * need today's date or the whole family (dates of birth, at least one home, every child has a home).
 * `today` is passed in so the rule stays pure.
 */
import { familyRecordSchema, type FamilyRecord } from '../domain/family-record';
import type { FieldError, Validated } from '../domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../domain/fields';
import { knownAs } from '../domain/person';
import { compareIsoDates, isValidIsoDate, type IsoDate } from './dates';
import { FUTURE_BIRTH_MESSAGE, isFutureBirth } from './date-of-birth';

export function validateFamilyRecord(input: unknown, today: IsoDate): Validated<FamilyRecord> {
  const parsed = familyRecordSchema.safeParse(input);
  if (!parsed.success) {
    // Dates of birth in the future are reported in the same pass, so the form shows every problem at once.
    const errors = [...futureBirthDates(input, today), ...issuesToFieldErrors(parsed.error.issues)];
    return { ok: false, errors: firstErrorPerField(errors) };
  }
  const errors = recordRuleErrors(parsed.data, today);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}

function futureBirthDates(input: unknown, today: IsoDate): FieldError[] {
  const children = (input as { children?: unknown } | null)?.children;
  if (!Array.isArray(children)) return [];
  return children.flatMap((child: unknown, i) => {
    const dob = (child as { dateOfBirth?: unknown } | null)?.dateOfBirth;
    return typeof dob === 'string' && isValidIsoDate(dob) && isFutureBirth(dob, today)
      ? [{ path: `children.${i}.dateOfBirth`, message: FUTURE_BIRTH_MESSAGE }]
      : [];
  });
}

function recordRuleErrors(record: FamilyRecord, today: IsoDate): FieldError[] {
  const errors: FieldError[] = [];
  record.children.forEach((child, i) => {
    if (isFutureBirth(child.dateOfBirth, today)) {
      errors.push({ path: `children.${i}.dateOfBirth`, message: FUTURE_BIRTH_MESSAGE });
    }
  });
  if (record.households.length === 0) {
    errors.push({ path: 'households', message: 'Add at least one home, even if the address is not known yet' });
  } else {
    record.children.forEach((child, i) => {
      if (!record.households.some((h) => h.childIds.includes(child.id))) {
        errors.push({ path: `children.${i}`, message: `Say which home ${knownAs(child)} lives in` });
      }
    });
  }
  record.safetyFlags.forEach((flag, i) => {
    if (compareIsoDates(flag.addedOn, today) > 0) {
      errors.push({ path: `safetyFlags.${i}.addedOn`, message: 'The date the flag was added must be today or in the past' });
    }
    if (flag.ended && compareIsoDates(flag.ended.on, today) > 0) {
      errors.push({ path: `safetyFlags.${i}.ended.on`, message: 'The end date must be today or in the past' });
    }
  });
  return errors;
}
