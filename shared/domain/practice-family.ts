/**
 * The practice family: a made-up family a new chair can load to rehearse with. Its details live in
 * templates/practice/practice-family.json, where people, homes and children are named by short
 * references ("mum", "leo") and dates are counted from today. `buildPracticeFamily` turns the
 * template into a family record, a plan and consent events with fresh ids and real dates, so the
 * plan has started and its next review is still to come. Everything built here is validated again
 * by the repositories when it is saved.
 */
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import templateJson from '../../templates/practice/practice-family.json';
import { academicYearStart } from '../rules/academic-year';
import type { IsoDate } from '../rules/dates';
import type { LevelOfNeed } from './area-settings';
import { consentHowValues, type ConsentEventInput } from './consent';
import type { FamilyRecordInput } from './family-record';
import type { PlanInput } from './plan';
import { contactMethodValues, parentalResponsibilityValues, sendStatusValues, viewsMethodValues } from './person';
import type { ReviewFrequency } from './review-frequency';
import { protectedDetailValues } from './safety-flag';

const ref = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'A reference is a short lower-case word, for example mum');
const text = z.string().default('');
const days = z.number().int().min(0).max(3650);

const languageFields = { firstLanguage: text, interpreterNeeded: z.boolean().default(false), interpreterLanguage: text };

export const practiceTemplateSchema = z.object({
  about: z.string(),
  familyName: z.string(),
  carers: z.array(
    z.object({
      ref,
      name: z.string(),
      relationship: text,
      phone: text,
      email: text,
      childRelationships: z.array(z.object({ child: ref, relationship: text, parentalResponsibility: z.enum(parentalResponsibilityValues) })).default([]),
      preferredContactMethod: z.enum(contactMethodValues).default('no-preference'),
      preferredContactTimes: text,
      literacyOrAccessNeeds: text,
      easyReadNeeded: z.boolean().default(false),
      ...languageFields,
    }),
  ),
  children: z.array(
    z.object({
      ref,
      name: z.string(),
      preferredName: text,
      /** The school year the child is in on the day the family is loaded: 0 is Reception. */
      schoolYear: z.number().int().min(-1).max(13),
      birthMonth: z.number().int().min(1).max(12),
      birthDay: z.number().int().min(1).max(28),
      school: text,
      sendStatus: z.enum(sendStatusValues).default('not-recorded'),
      sendDetails: text,
      communication: text,
      viewsMethods: z.array(z.enum(viewsMethodValues)).default([]),
      ...languageFields,
    }),
  ),
  households: z.array(
    z.object({
      ref,
      label: text,
      address: z.object({ line1: text, line2: text, town: text, postcode: text }),
      phone: text,
      carers: z.array(ref),
      children: z.array(ref),
    }),
  ),
  safetyFlags: z.array(
    z.object({ subject: ref, hiddenFrom: z.array(ref), covers: z.array(z.enum(protectedDetailValues)), reason: text, addedDaysAgo: days }),
  ),
  plan: z.object({
    lead: z.object({ name: z.string(), role: text, agency: text }),
    startedDaysAgo: days,
    nextReviewInDays: z.number().int().min(1).max(365),
    levelOfNeed: z.string(),
    reason: z.string(),
  }),
  consent: z.array(
    z.object({
      scope: z.discriminatedUnion('type', [
        z.object({ type: z.literal('early-help') }),
        z.object({ type: z.literal('share'), agency: z.string(), purpose: text }),
      ]),
      by: ref,
      how: z.enum(consentHowValues),
      daysAgo: days,
      reviewInMonths: z.number().int().min(1).max(36),
      note: text,
    }),
  ),
});
export type PracticeTemplate = z.infer<typeof practiceTemplateSchema>;

/** The template shipped in templates/practice, checked; throws when the file has been damaged. */
export function shippedPracticeTemplate(): PracticeTemplate {
  return practiceTemplateSchema.parse(templateJson);
}

/** What the families repository needs to create the family. */
export type PracticeFamilyContent = Omit<FamilyRecordInput, 'id' | 'createdAt' | 'updatedAt' | 'schemaVersion' | 'isPractice'>;

export interface PracticeBuildOptions {
  today: IsoDate;
  /** An ISO timestamp for `createdAt` and `recordedAt`. */
  now: string;
  newId: () => string;
  /** The area's scale: the template's level is used when the area has it, otherwise the area's second level. */
  levelsOfNeed: readonly LevelOfNeed[];
  reviewFrequency: ReviewFrequency;
  /** The person rehearsing: they lead the practice plan. Without a name, the template's made-up lead does. */
  chair: { name: string; role: string };
}

export interface PracticeFamilyBuild {
  family: PracticeFamilyContent;
  plan(familyId: string): PlanInput;
  consent(familyId: string): ConsentEventInput[];
}

function addDays(date: IsoDate, n: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ days: n }).toString();
}

function addMonths(date: IsoDate, n: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ months: n }, { overflow: 'constrain' }).toString();
}

/** A date of birth that puts the child in `schoolYear` on `today` (English academic year rule). */
export function birthDateForSchoolYear(today: IsoDate, schoolYear: number, month: number, day: number): IsoDate {
  const cohortStart = academicYearStart(today) - 5 - schoolYear;
  const year = month >= 9 ? cohortStart : cohortStart + 1;
  return Temporal.PlainDate.from({ year, month, day }).toString();
}

/** Gives every reference a fresh id; an unknown reference is an error in the template. */
function idMap(template: PracticeTemplate, newId: () => string): (r: string) => string {
  const ids = new Map<string, string>();
  for (const item of [...template.carers, ...template.children, ...template.households]) ids.set(item.ref, newId());
  return (r) => {
    const id = ids.get(r);
    if (!id) throw new Error(`The practice family file refers to "${r}", who is not in it.`);
    return id;
  };
}

export function buildPracticeFamily(template: PracticeTemplate, options: PracticeBuildOptions): PracticeFamilyBuild {
  const { today, now, newId } = options;
  const id = idMap(template, newId);
  const recordedBy = options.chair.name.trim() || template.plan.lead.name;
  const carerByRef = new Map(template.carers.map((c) => [c.ref, c]));

  const family: PracticeFamilyContent = {
    familyName: template.familyName,
    carers: template.carers.map(({ ref: r, childRelationships, ...carer }) => ({
      ...carer,
      id: id(r),
      childRelationships: childRelationships.map(({ child, ...rest }) => ({ ...rest, childId: id(child) })),
    })),
    children: template.children.map(({ ref: r, schoolYear, birthMonth, birthDay, ...child }) => ({
      ...child,
      id: id(r),
      dateOfBirth: birthDateForSchoolYear(today, schoolYear, birthMonth, birthDay),
      phone: '',
      email: '',
    })),
    households: template.households.map(({ ref: r, carers, children, ...home }) => ({
      ...home,
      id: id(r),
      carerIds: carers.map(id),
      childIds: children.map(id),
    })),
    safetyFlags: template.safetyFlags.map((flag) => ({
      id: newId(),
      subjectId: id(flag.subject),
      hiddenFrom: flag.hiddenFrom.map(id),
      covers: flag.covers,
      reason: flag.reason,
      addedOn: addDays(today, -flag.addedDaysAgo),
      addedBy: recordedBy,
      ended: null,
    })),
  };

  const startDate = addDays(today, -template.plan.startedDaysAgo);
  const levels = options.levelsOfNeed;
  const level = levels.some((l) => l.key === template.plan.levelOfNeed) ? template.plan.levelOfNeed : (levels[1] ?? levels[0])?.key ?? '';
  const lead = options.chair.name.trim()
    ? { practitionerId: null, name: options.chair.name, role: options.chair.role, agency: '' }
    : { practitionerId: null, ...template.plan.lead };

  return {
    family,
    plan: (familyId) => ({
      id: newId(),
      familyId,
      leadProfessional: lead,
      startDate,
      reason: template.plan.reason,
      levelOfNeed: level,
      reviewFrequency: options.reviewFrequency,
      nextReviewDate: addDays(today, template.plan.nextReviewInDays),
      statusHistory: [{ status: 'active', on: startDate, reason: '', recordedBy }],
      createdAt: now,
      updatedAt: now,
    }),
    consent: (familyId) =>
      template.consent.map((event, i) => {
        const on = addDays(today, -event.daysAgo);
        const by = carerByRef.get(event.by);
        return {
          id: newId(),
          familyId,
          kind: 'given',
          how: event.how,
          scope: event.scope.type === 'early-help' ? { type: 'early-help' } : { type: 'share', recipient: { kind: 'agency', agency: event.scope.agency }, purpose: event.scope.purpose },
          on,
          reviewBy: addMonths(on, event.reviewInMonths),
          by: { personId: id(event.by), name: by?.name ?? '', role: by?.relationship ?? '' },
          recordedBy,
          // Same-day events keep the template's order.
          recordedAt: new Date(Date.parse(now) + i).toISOString(),
          note: event.note,
        };
      }),
  };
}
