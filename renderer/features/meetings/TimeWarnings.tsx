import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { MeetingKind } from '../../../shared/domain/meeting';
import { parseUkDate } from '../../../shared/rules/dates';
import { checkMeetingTime } from '../../../shared/rules/scheduling/check-time';
import { paths } from '../../components/paths';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { ChildChoice } from '../../../shared/domain/child-coming';

export interface TimeWarningsProps {
  family: FamilyRecord;
  kind: MeetingKind | '';
  /** As typed: "03/12/2026" and "16:00". Nothing is said until both read as a date and a time. */
  date: string;
  time: string;
  length: string;
  /** Family members' and practitioners' ids. */
  invited: readonly string[];
  childShouldAttend: boolean;
  /** Child by child, when they come; given, a child there for some items matters only during them. */
  childChoices?: Readonly<Record<string, ChildChoice>> | undefined;
  /** The agenda the item numbers refer to. */
  agendaItems?: readonly { readonly minutes: number }[];
}

function useWhatIsKnown(familyId: string) {
  const { timetables, directory, unavailability, calendar } = useRepositories();
  return useLiveQuery(async () => {
    const [timetable, practitioners, away, bankHolidays, terms] = await Promise.all([
      timetables.forFamily(familyId),
      directory.practitioners(),
      unavailability.list(),
      calendar.bankHolidays(),
      calendar.termDates(),
    ]);
    return { timetable: timetable ?? null, practitioners, unavailability: away, bankHolidays, termDates: terms.file };
  }, [timetables, directory, unavailability, calendar, familyId]);
}

/**
 * A typed or changed date and time, checked as "find a time" checks its own: a bank holiday, the
 * family's week, a child's school day and practitioners' leave. A warning with a way to find
 * another time; the chair may still keep the time.
 */
export function TimeWarnings({ family, kind, date, time, length, invited, childShouldAttend, childChoices, agendaItems }: TimeWarningsProps) {
  const known = useWhatIsKnown(family.id);
  const day = parseUkDate(date);
  const clock = time.trim().replace(/^(\d):/, '0$1:').replace('.', ':');
  const minutes = Number(length.trim());
  const warnings =
    known === undefined || !day.ok || !/^\d+$/.test(length.trim()) || minutes < 15
      ? []
      : checkMeetingTime({
          ...known,
          family,
          invited,
          childShouldAttend,
          ...(childChoices === undefined ? {} : { childChoices, agendaItems: agendaItems ?? [] }),
          date: day.date,
          startTime: clock,
          lengthMinutes: minutes,
        });
  return (
    <div aria-live="polite">
      {warnings.length > 0 && (
        <div className="notice notice--reminder">
          <p className="notice__title">This time may not suit everyone</p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <p>
            <Link to={kind === '' ? paths.findATime(family.id) : `${paths.findATime(family.id)}?kind=${kind}`}>Find another time</Link> around the
            family&apos;s week, or keep this one if you have checked it with them.
          </p>
        </div>
      )}
    </div>
  );
}
