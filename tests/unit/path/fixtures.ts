/** A family's data at each point of its path, on a fixed clock. */
import { meetingSchema, type PlannedMeeting } from '../../../shared/domain/meeting';
import { meetingRecordSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import { minutesRowSchema, type MinutesRow, type WorkflowStep } from '../../../shared/domain/minutes';
import { planSchema, type Plan } from '../../../shared/domain/plan';
import type { PathInput } from '../../../shared/rules/path';
import { separatedFamily, ids } from '../shared/fixtures';

/** Monday 23 November 2026, 10am in London. */
export const NOW = new Date('2026-11-23T10:00:00Z');
export { ids };

export const MEETING = 'meeting-00001';
export const REVIEW = 'meeting-00002';

export function plan(change: Partial<Plan> = {}): Plan {
  return planSchema.parse({
    id: 'plan-00000001',
    familyId: ids.family,
    leadProfessional: { name: 'Sam Patel', role: 'Family support worker', agency: '' },
    startDate: '2026-11-02',
    reason: 'Getting to school on time',
    levelOfNeed: '2',
    statusHistory: [{ status: 'active', on: '2026-11-02', reason: '', recordedBy: 'Sam Patel' }],
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    ...change,
  });
}

export function meeting(change: Partial<PlannedMeeting> = {}): PlannedMeeting {
  return meetingSchema.parse({
    id: MEETING,
    familyId: ids.family,
    kind: 'first',
    startsAt: '2026-12-03T16:00:00+00:00[Europe/London]',
    lengthMinutes: 60,
    venue: 'Oak Lane Primary',
    notes: '',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    agenda: { meetingKind: 'first', items: [] },
    invitees: [
      { kind: 'family', id: ids.mum, name: 'Siobhán Ní Bhriain', role: 'Mum' },
      { kind: 'practitioner', id: ids.schoolDsl, name: 'Sam Patel', role: 'DSL' },
    ],
    ...change,
  });
}

export function record(meetingId: string, status: 'in-progress' | 'finished'): MeetingRecord {
  return meetingRecordSchema.parse({ id: meetingId, familyId: ids.family, status, startedAt: '2026-11-19T16:00:00.000Z', updatedAt: '2026-11-19T17:00:00.000Z' });
}

const AGREED = { id: 'response-0001', kind: 'agreed', how: 'phone', givenBy: { personId: ids.mum, name: 'Siobhán Ní Bhriain' }, givenOn: '2026-11-21', recordedAt: '2026-11-21T10:00:00.000Z', recordedBy: 'Sam Patel' };
const DISAGREES = { ...AGREED, id: 'response-0002', kind: 'disagrees', words: 'I did not say that about mornings.' };

export function minutes(meetingId: string, steps: WorkflowStep[], answer: 'agreed' | 'disagrees' | null = null): MinutesRow {
  return minutesRowSchema.parse({
    id: `minutes-${meetingId}`,
    familyId: ids.family,
    meetingId,
    version: 1,
    events: ['drafted', ...steps].map((step, i) => ({ step, at: `2026-11-2${i}T09:00:00.000Z`, by: 'Sam Patel' })),
    responses: answer === null ? [] : [answer === 'agreed' ? AGREED : DISAGREES],
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
  });
}

/** A new family: details only. */
export function newFamily(change: Partial<PathInput> = {}): PathInput {
  return { family: separatedFamily(), consent: [], plans: [], timetable: null, meetings: [], records: [], minutes: [], invitationsSent: [], ...change };
}
