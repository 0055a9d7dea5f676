import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { familyStillToBeTold, stripZone } from '../../../shared/domain/meeting';
import { useRepositories } from '../../data/hooks/useRepositories';
import { meetingTitle } from './meeting-words';
import { TellFamilyReminder } from './TellFamilyReminder';
import { paths } from '../../components/paths';

/** For the family page: the next meeting, and links to plan one or see them all. */
export function MeetingsSummary({ family, headingLevel = 2 }: { family: Pick<FamilyRecord, 'id'>; headingLevel?: 2 | 3 }) {
  const { meetings } = useRepositories();
  const list = useLiveQuery(async () => {
    const all = await meetings.forFamily(family.id);
    const nowMs = Date.now();
    const next = all
      .filter((m) => m.status === 'planned' && Date.parse(stripZone(m.startsAt)) >= nowMs)
      .sort((a, b) => Date.parse(stripZone(a.startsAt)) - Date.parse(stripZone(b.startsAt)))[0];
    return { all, next };
  }, [meetings, family.id]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const next = list?.next;
  const anyUntold = list?.all.some((m) => familyStillToBeTold(m, new Date())) ?? false;
  return (
    <section aria-labelledby="meetings-summary-heading">
      <Heading className="section-heading" id="meetings-summary-heading">
        Meetings
      </Heading>
      {list === undefined ? (
        <p>Loading meetings…</p>
      ) : next ? (
        <p>
          Next meeting:{' '}
          <Link to={paths.meeting(family.id, next.id)}>{meetingTitle(next)}</Link>
        </p>
      ) : (
        <p>No meeting is planned.</p>
      )}
      {anyUntold && <TellFamilyReminder detail={false} />}
      <p>
        <Link to={paths.newMeeting(family.id)}>Plan a meeting</Link>
        {list !== undefined && list.all.length > 0 && (
          <>
            {' '}
            or <Link to={paths.meetings(family.id)}>see all meetings</Link>
          </>
        )}
      </p>
    </section>
  );
}
