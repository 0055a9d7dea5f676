import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { paths } from '../../components/paths';

/** For the family page: where to record the family's week and find a meeting time around it. */
export function TimetableLinks({ family }: { family: Pick<FamilyRecord, 'id'> }) {
  return (
    <section aria-labelledby="timetable-links-heading">
      <h2 className="section-heading" id="timetable-links-heading">
        Meeting times
      </h2>
      <p>Ask the family when suits them, then find a time around their week.</p>
      <ul className="link-list">
        <li>
          <Link to={paths.familyWeek(family.id)}>The family&apos;s week</Link>
        </li>
        <li>
          <Link to={paths.findATime(family.id)}>Find a meeting time</Link>
        </li>
      </ul>
    </section>
  );
}
