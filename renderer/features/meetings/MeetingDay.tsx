import { Link } from 'react-router';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { paths } from '../../components/paths';

/** On the day and after: running the meeting, briefings and reports received, and the minutes. */
export function MeetingDay({ meeting }: { meeting: PlannedMeeting }) {
  if (meeting.status === 'cancelled') return null;
  return (
    <section aria-labelledby="meeting-day-heading">
      <h2 id="meeting-day-heading">On the day</h2>
      <ul className="link-list">
        <li>
          <Link to={paths.meetingRun(meeting.familyId, meeting.id)}>Run the meeting</Link>
        </li>
        <li>
          <Link to={paths.meetingBriefings(meeting.familyId, meeting.id)}>Briefings and written reports</Link>
        </li>
        <li>
          <Link to={paths.minutes(meeting.familyId, meeting.id)}>Minutes</Link>
        </li>
      </ul>
    </section>
  );
}
