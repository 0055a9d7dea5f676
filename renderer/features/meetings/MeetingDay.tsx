import { Link } from 'react-router';
import type { PlannedMeeting } from '../../../shared/domain/meeting';

/** On the day and after: running the meeting, briefings and reports received, and the minutes. */
export function MeetingDay({ meeting }: { meeting: PlannedMeeting }) {
  const base = `/families/${meeting.familyId}/meetings/${meeting.id}`;
  if (meeting.status === 'cancelled') return null;
  return (
    <section aria-labelledby="meeting-day-heading">
      <h2 id="meeting-day-heading">On the day</h2>
      <ul className="link-list">
        <li>
          <Link to={`${base}/run`}>Run the meeting</Link>
        </li>
        <li>
          <Link to={`${base}/briefings`}>Briefings and written reports</Link>
        </li>
        <li>
          <Link to={`${base}/minutes`}>Minutes</Link>
        </li>
      </ul>
    </section>
  );
}
