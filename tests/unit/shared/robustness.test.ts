import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { validateFamilyRecord } from '../../../shared/rules/family-record-checks';
import { validatePlan } from '../../../shared/rules/plan-checks';
import { validateReferral } from '../../../shared/domain/safeguarding';
import { recordConsentEvent } from '../../../shared/rules/consent';
import { importPractitionersCsv, importServicesCsv } from '../../../shared/csv/directory-csv';
import { defaultAreaSettings } from '../../../shared/domain/area-settings';
import type { ConsentEventInput } from '../../../shared/domain/consent';
import { separatedFamily } from './fixtures';

const TODAY = '2026-03-10';

describe('never throws, whatever it is given', () => {
  it('validators answer ok or errors for any value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        for (const result of [
          validateFamilyRecord(value, TODAY),
          validatePlan(value, defaultAreaSettings, TODAY),
          validateReferral(value, TODAY),
          recordConsentEvent([], value as ConsentEventInput, TODAY),
        ]) {
          expect(result.ok || result.errors.length > 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the family record check copes with a damaged but well-shaped record', () => {
    const record = separatedFamily();
    fc.assert(
      fc.property(fc.constantFrom('households', 'carers', 'children', 'safetyFlags'), fc.anything(), (key, value) => {
        const result = validateFamilyRecord({ ...record, [key]: value }, TODAY);
        expect(result.ok || result.errors.length > 0).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the CSV importers answer rows or errors for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        for (const result of [importPractitionersCsv(`Name,Role,Agency,Phone,Secure email\n${text}`), importServicesCsv(text)]) {
          expect(result.ok ? result.rows.length >= 0 : result.errors.length > 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
