/**
 * When the team meets next. The default is the plan's review frequency counted from this
 * meeting; the slot finder then looks for times around the family's week near that date, and
 * the nearest good ones are offered.
 */
import { Temporal } from 'temporal-polyfill';
import type { ReviewFrequency } from '../../domain/review-frequency';
import { compareIsoDates, type IsoDate } from '../dates';
import { addFrequency } from '../plan-review';
import type { ProposedSlot } from '../slot-finder';
import { londonTime } from '../../time/london';

/** The day a meeting is held in England, from its start ("2026-12-03T16:00:00+00:00[Europe/London]"). */
export function meetingDateOf(startsAt: string): IsoDate {
  return londonTime(startsAt).toPlainDate().toString();
}

/** The plan's next review by its frequency, counted from this meeting. */
export function defaultNextReviewDate(meetingDate: IsoDate, frequency: ReviewFrequency): IsoDate {
  return addFrequency(meetingDate, frequency);
}

/** The days to search for a review time: a week either side of the target, never on or before the meeting day. */
export function reviewSearchWindow(target: IsoDate, meetingDate: IsoDate, daysEitherSide = 7): { from: IsoDate; to: IsoDate } {
  const day = Temporal.PlainDate.from(target);
  const earliest = Temporal.PlainDate.from(meetingDate).add({ days: 1 });
  const from = day.subtract({ days: daysEitherSide });
  return {
    from: (Temporal.PlainDate.compare(from, earliest) < 0 ? earliest : from).toString(),
    to: (Temporal.PlainDate.compare(day, earliest) < 0 ? earliest : day).add({ days: daysEitherSide }).toString(),
  };
}

const daysApart = (a: IsoDate, b: IsoDate) => Math.abs(Temporal.PlainDate.from(a).until(Temporal.PlainDate.from(b), { largestUnit: 'days' }).days);

/**
 * The best slots near the target date: those the whole family can make first, then the closest
 * to the target, then the family's preferred times, then the earlier. At most `count`.
 */
export function nearestSlots<S extends Pick<ProposedSlot, 'date' | 'start' | 'fitsFamily' | 'preferredByFamily'>>(slots: readonly S[], target: IsoDate, count = 3): S[] {
  return [...slots]
    .sort(
      (a, b) =>
        Number(b.fitsFamily) - Number(a.fitsFamily) ||
        daysApart(a.date, target) - daysApart(b.date, target) ||
        Number(b.preferredByFamily) - Number(a.preferredByFamily) ||
        compareIsoDates(a.date, b.date) ||
        a.start.localeCompare(b.start),
    )
    .slice(0, count);
}
