/** Small builders for the home rules' tests: every date is fixed, never today's. */
import { meetingSchema, type PlannedMeeting } from '../../../shared/domain/meeting';
import { minutesRowSchema, type MinutesRow, type WorkflowStep } from '../../../shared/domain/minutes';
import type { Action } from '../../../shared/domain/action';
import type { Plan } from '../../../shared/domain/plan';
import type { ConsentEvent } from '../../../shared/domain/consent';

/** Monday 23 November 2026, 10am in London. */
export const TODAY = '2026-11-23';
export const NOW = '2026-11-23T10:00:00Z';

export function meeting(id: string, startsAt: string, extra: Partial<PlannedMeeting> = {}): PlannedMeeting {
  // Built whole rather than parsed, so tests can use short, readable ids.
  return {
    ...meetingSchema.parse({ id: 'meeting-0', familyId: 'family-0', kind: 'review', startsAt, lengthMinutes: 60, venue: 'School', notes: '', createdAt: '2026-10-01T09:00:00Z', updatedAt: '2026-10-01T09:00:00Z' }),
    id,
    familyId: 'fam-1',
    ...extra,
  };
}

export function minutes(id: string, meetingId: string, steps: WorkflowStep[], version = 1): MinutesRow {
  const events = steps.map((step, i) => ({ step, at: `2026-11-0${i + 1}T09:00:00Z`, by: 'Chair', details: '' }));
  const base = minutesRowSchema.parse({ id: 'minutes-0', familyId: 'family-0', meetingId: 'meeting-0', version: 1, events, createdAt: '2026-11-01T09:00:00Z', updatedAt: '2026-11-01T09:00:00Z' });
  return { ...base, id, familyId: 'fam-1', meetingId, version };
}

export function action(id: string, extra: Partial<Action> = {}): Action {
  return {
    id,
    familyId: 'fam-1',
    meetingId: 'm-1',
    childId: null,
    what: `Action ${id}`,
    ownerName: 'Sam Patel',
    dueDate: null,
    howWeWillKnow: '',
    status: 'not-started',
    note: '',
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    ...extra,
  };
}

export function plan(id: string, extra: Partial<Plan> = {}): Plan {
  const startDate = extra.startDate ?? '2026-10-01';
  return {
    id,
    familyId: 'fam-1',
    leadProfessional: { practitionerId: null, name: 'Lee Chair', role: '', agency: '' },
    startDate,
    reason: 'Getting to school',
    levelOfNeed: 'early-help',
    reviewFrequency: { count: 6, unit: 'weeks' },
    nextReviewDate: null,
    statusHistory: [{ status: 'active', on: startDate, reason: '', recordedBy: 'Lee Chair' }],
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    ...extra,
  };
}

const person = { personId: 'carer-1', name: 'Alex Smith', role: 'Mum' };

export function consentGiven(id: string, on: string, reviewBy: string | null, extra: Partial<ConsentEvent> = {}): ConsentEvent {
  return {
    id,
    familyId: 'fam-1',
    kind: 'given',
    how: 'written',
    scope: { type: 'early-help' },
    on,
    by: person,
    recordedBy: 'Lee Chair',
    recordedAt: `${on}T09:00:00Z`,
    note: '',
    reviewBy,
    ...extra,
  } as ConsentEvent;
}
