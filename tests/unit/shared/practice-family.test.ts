import { describe, expect, it } from 'vitest';
import { defaultLevelsOfNeed } from '../../../shared/domain/area-settings';
import { familyRecordSchema } from '../../../shared/domain/family-record';
import { birthDateForSchoolYear, buildPracticeFamily, practiceTemplateSchema, shippedPracticeTemplate } from '../../../shared/domain/practice-family';
import { schoolYearOn } from '../../../shared/rules/academic-year';
import { recordConsentEvent } from '../../../shared/rules/consent';
import { validatePlan } from '../../../shared/rules/plan-checks';
import type { ConsentEvent } from '../../../shared/domain/consent';

let counter = 0;
const newId = () => `practice${String(++counter).padStart(8, '0')}`;

function build(today: string) {
  return buildPracticeFamily(shippedPracticeTemplate(), {
    today,
    now: `${today}T09:00:00.000Z`,
    newId,
    levelsOfNeed: defaultLevelsOfNeed,
    reviewFrequency: { count: 6, unit: 'weeks' },
    chair: { name: '', role: '' },
  });
}

describe('the practice family template', () => {
  it('is valid as shipped, and says it is made up', () => {
    const template = shippedPracticeTemplate();
    expect(template.about).toMatch(/^PRACTICE ONLY/);
    expect(template.familyName).toMatch(/\(practice\)$/);
  });

  // Across the turn of the academic year, a leap day and the clock change.
  it.each(['2026-08-31', '2026-09-01', '2028-02-29', '2026-10-25', '2027-03-28'])('builds a valid family, plan and consent on %s', (today) => {
    const built = build(today);
    const record = familyRecordSchema.safeParse({ ...built.family, schemaVersion: 2, id: 'family000001', createdAt: 'x', updatedAt: 'x', isPractice: true });
    expect(record.success).toBe(true);
    expect(built.family.children?.map((c) => schoolYearOn(c.dateOfBirth, today).label)).toEqual(['Year 8', 'Year 2']);

    const plan = validatePlan(built.plan('family000001'), { levelsOfNeed: defaultLevelsOfNeed }, today);
    expect(plan.ok).toBe(true);
    if (plan.ok) expect(plan.value.nextReviewDate! > today).toBe(true);

    let log: ConsentEvent[] = [];
    for (const event of built.consent('family000001')) {
      const result = recordConsentEvent(log, event, today);
      expect(result.ok).toBe(true);
      if (result.ok) log = result.value;
    }
    expect(log).toHaveLength(3);
  });

  it('puts a child in the school year asked for, whatever the birth month', () => {
    for (const month of [1, 8, 9, 12]) {
      expect(schoolYearOn(birthDateForSchoolYear('2026-11-23', 5, month, 28), '2026-11-23').label).toBe('Year 5');
    }
  });

  it('uses the area scale when the template level is not in it, and the chair as lead', () => {
    const built = buildPracticeFamily(shippedPracticeTemplate(), {
      today: '2026-11-23',
      now: '2026-11-23T09:00:00.000Z',
      newId,
      levelsOfNeed: [
        { key: 'A', label: 'One', description: '' },
        { key: 'B', label: 'Two', description: '' },
      ],
      reviewFrequency: { count: 2, unit: 'months' },
      chair: { name: 'Jo Chair', role: 'DSL' },
    });
    const plan = built.plan('family000001');
    expect(plan.levelOfNeed).toBe('B');
    expect(plan.leadProfessional.name).toBe('Jo Chair');
    expect(built.family.safetyFlags?.[0]?.addedBy).toBe('Jo Chair');
  });

  it('refuses a template that refers to someone who is not in it', () => {
    const template = shippedPracticeTemplate();
    const broken = practiceTemplateSchema.parse({ ...template, safetyFlags: [{ ...template.safetyFlags[0], hiddenFrom: ['uncle'] }] });
    expect(() => buildPracticeFamily(broken, { today: '2026-11-23', now: '2026-11-23T09:00:00.000Z', newId, levelsOfNeed: defaultLevelsOfNeed, reviewFrequency: { count: 6, unit: 'weeks' }, chair: { name: '', role: '' } })).toThrow(
      /refers to "uncle"/,
    );
  });
});
