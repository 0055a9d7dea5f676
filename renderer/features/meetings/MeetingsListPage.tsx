import { Link, useParams } from 'react-router';
import { familyStillToBeTold, type PlannedMeeting } from '../../../shared/domain/meeting';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { meetingTitle } from './meeting-words';
import { TellFamilyReminder } from './TellFamilyReminder';
import { useFamilyMeetings } from './useMeetingData';
import { paths } from '../../components/paths';

/** A family's meetings, newest first, each with a reminder while the family has not been told of a change. */
export function MeetingsListPage() {
  const { familyId = '' } = useParams();
  const data = useFamilyMeetings(familyId);
  if (data.state === 'loading') return <Loading what="meetings" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  const { family, meetings } = data;
  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title={`Meetings: ${family.familyName}`}>
        Meetings: <bdi>{family.familyName}</bdi>
      </PageHeading>
      <p>
        <Link className="button" to={paths.newMeeting(family.id)}>
          Plan a meeting
        </Link>
      </p>
      {meetings.length === 0 ? (
        <p>No meetings have been planned for this family yet.</p>
      ) : (
        <ul className="meeting-list">
          {meetings.map((m) => (
            <MeetingListItem key={m.id} familyId={family.id} meeting={m} />
          ))}
        </ul>
      )}
    </>
  );
}

function MeetingListItem({ familyId, meeting }: { familyId: string; meeting: PlannedMeeting }) {
  const cancelled = meeting.status === 'cancelled';
  return (
    <li className="meeting-list__item">
      <Link to={paths.meeting(familyId, meeting.id)}>
        {cancelled ? 'Cancelled: ' : ''}
        {meetingTitle(meeting)}
      </Link>
      {meeting.venue && <p className="hint-text">{meeting.venue}</p>}
      {familyStillToBeTold(meeting, new Date()) && <TellFamilyReminder detail={false} />}
    </li>
  );
}
