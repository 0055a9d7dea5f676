import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { nearestSlots, reviewSearchWindow } from '../../../shared/rules/meeting-run/next-review';
import { findSlots, type ProposedSlot } from '../../../shared/rules/slot-finder';
import type { IsoDate } from '../../../shared/rules/dates';
import type { Repositories } from '../../data/repositories';
import { buildRequest } from '../../../shared/rules/scheduling/build-request';

export interface ReviewTimes {
  slots: ProposedSlot[];
  /** Why no time suits the whole family, when none does. */
  note: string | null;
}

/**
 * Times for the next review near the target date, found by the slot finder around the family's
 * week, practitioners' leave, bank holidays and term dates, for the same people as this meeting.
 */
export async function findReviewTimes(
  repos: Pick<Repositories, 'timetables' | 'directory' | 'unavailability' | 'calendar'>,
  family: FamilyRecord,
  meeting: PlannedMeeting,
  target: IsoDate,
  meetingDate: IsoDate,
): Promise<ReviewTimes> {
  const [timetable, practitioners, unavailability, bankHolidays, terms] = await Promise.all([
    repos.timetables.forFamily(family.id),
    repos.directory.practitioners(),
    repos.unavailability.list(),
    repos.calendar.bankHolidays(),
    repos.calendar.termDates(),
  ]);
  const { from, to } = reviewSearchWindow(target, meetingDate);
  const built = buildRequest({
    family,
    timetable: timetable ?? null,
    practitioners,
    unavailability,
    invited: meeting.invitees.map((i) => i.id),
    from,
    to,
    lengthMinutes: meeting.lengthMinutes,
    childShouldAttend: meeting.childAttends,
    bankHolidays,
    termDates: terms.file,
    now: new Date(),
  });
  if (!built.ok) return { slots: [], note: built.message };
  const result = findSlots(built.request);
  return { slots: nearestSlots(result.slots, target, 3), note: result.reason };
}
