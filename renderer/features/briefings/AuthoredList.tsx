import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'react-router';
import { briefingTitle } from '../../../shared/briefing/authored';
import { todayInLondon } from '../../../shared/rules/dates';
import { useRepositories } from '../../data/hooks/useRepositories';
import { dateWords } from './briefing-words';
import { paths } from '../../components/paths';
import { Section } from '../../components/Section';

const dayOf = (instant: string) => dateWords(todayInLondon(new Date(instant)));

/** The briefings and reports written on this computer, most recently changed first. */
export function AuthoredList() {
  const { briefings } = useRepositories();
  const list = useLiveQuery(() => briefings.authored(), [briefings]);
  return (
    <Section headingId="authored-heading" title="Your briefings and reports">
      {list === undefined && <p role="status">Loading your briefings…</p>}
      {list?.length === 0 && <p>None yet. Start one from a request above.</p>}
      {list && list.length > 0 && (
        <ul className="briefing-list">
          {list.map((b) => (
            <li key={b.id} className="briefing-list__item">
              <Link to={paths.briefing(b.id)}>{briefingTitle(b.kind, b.child.name.trim() || b.request.child.name)}</Link>
              <p className="briefing-list__meta">
                For the meeting on {dateWords(b.request.meetingDate)}. Last changed {dayOf(b.updatedAt)}.{' '}
                {b.exportedAt ? `Saved for the chair on ${dayOf(b.exportedAt)}.` : 'Not yet saved for the chair.'}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
