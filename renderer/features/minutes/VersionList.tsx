import { Link } from 'react-router';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { MINUTES_STATUS_LABELS, versionHistory } from '../../../shared/minutes/workflow';
import { instantWords } from './minutes-words';
import { paths } from '../../components/paths';

/** Every version of the minutes, oldest first; each can be opened and read as it was. */
export function VersionList({ versions }: { versions: readonly MinutesRow[] }) {
  const history = versionHistory(versions);
  return (
    <section aria-labelledby="minutes-versions-heading">
      <h2 className="section-heading" id="minutes-versions-heading">
        Versions
      </h2>
      <ul className="link-list">
        {history.map(({ row, status, newest }) => (
          <li key={row.id}>
            <Link to={paths.minutesVersion(row.familyId, row.meetingId, row.version)}>Read version {row.version}</Link>: {MINUTES_STATUS_LABELS[status]}
            {newest ? ' (the newest)' : ''}. Started on {instantWords(row.createdAt)}.
            {row.correctionOf !== null && <span className="preserve-lines"> Why it was corrected: {row.correctionReason}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
