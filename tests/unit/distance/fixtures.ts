/**
 * A plan with three held meetings (2 March, 13 April and 1 June 2026), scaling at each and the
 * review of earlier actions at the later two; a cancelled meeting and one before the plan began,
 * which do not count. Every date is fixed.
 */
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { MeetingRecord } from '../../../shared/domain/meeting-record';
import type { Plan } from '../../../shared/domain/plan';
import { distanceTravelled } from '../../../shared/rules/distance-travelled';
import { ids, meeting, MUM, NURSE, more, record } from '../minutes/fixtures';

export const TODAY = '2026-06-10';

export const plan: Plan = {
  id: 'plan-0000001',
  familyId: ids.family,
  leadProfessional: { practitionerId: null, name: 'Sam Patel', role: '', agency: '' },
  startDate: '2026-02-20',
  reason: 'Getting to school',
  levelOfNeed: 'early-help',
  reviewFrequency: { count: 6, unit: 'weeks' },
  nextReviewDate: null,
  statusHistory: [{ status: 'active', on: '2026-02-20', reason: '', recordedBy: 'Sam Patel' }],
  createdAt: '2026-02-20T09:00:00Z',
  updatedAt: '2026-02-20T09:00:00Z',
};

const at = (date: string) => `${date}T16:00:00+00:00[Europe/London]`;

export const meetings: PlannedMeeting[] = [
  meeting({ id: 'meeting-old01', kind: 'first', startsAt: at('2025-11-03') }),
  meeting({ id: 'meeting-0101', kind: 'first', startsAt: at('2026-03-02') }),
  meeting({ id: 'meeting-0102', kind: 'review', startsAt: '2026-04-13T16:00:00+01:00[Europe/London]' }),
  meeting({ id: 'meeting-gone1', kind: 'review', startsAt: '2026-05-04T16:00:00+01:00[Europe/London]', status: 'cancelled' }),
  meeting({ id: more.meeting, kind: 'review', startsAt: '2026-06-01T16:00:00+01:00[Europe/London]' }),
];

const scale = (id: string, attendeeId: string | null, score: number | null, name = '') => ({ id, attendeeId, name, score, reason: '' });
const update = (actionId: string, progress: 'done' | 'partly' | 'not-done' | null) => ({ actionId, progress, note: '', carriedForward: false });

export const records: MeetingRecord[] = [
  record({ id: 'meeting-old01', scaling: [scale('scale-old01', ids.mum, 1)], actionUpdates: [] }),
  record({ id: 'meeting-0101', scaling: [scale('scale-00101', ids.mum, 3), scale('scale-00102', more.nurse, 3)], actionUpdates: [] }),
  record({
    id: 'meeting-0102',
    scaling: [scale('scale-00201', ids.mum, 5), scale('scale-00202', more.nurse, null), scale('scale-00203', null, 4, 'Gran')],
    actionUpdates: [update('action-a1', 'done'), update('action-a2', 'partly'), update('action-a3', 'not-done'), update('action-a4', 'done')],
  }),
  record({ id: 'meeting-gone1', scaling: [scale('scale-gone1', ids.mum, 0)] }),
  record({
    id: more.meeting,
    scaling: [scale('scale-00301', ids.mum, 7), scale('scale-00302', more.nurse, 5)],
    actionUpdates: [update('action-b1', 'done'), update('action-b2', 'done'), update('action-b3', 'done'), update('action-b4', 'partly'), update('action-b5', null)],
  }),
];

export { MUM, NURSE };

/** The minutes of the 1 June meeting, with the two earlier meetings' scaling and reviews. */
export const distance = distanceTravelled({ plan, meetings, records, today: TODAY, upTo: more.meeting });
