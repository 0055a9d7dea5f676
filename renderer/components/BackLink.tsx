import { Link } from 'react-router';
import { paths } from './paths';

/** The way back to the family's page, at the top of every screen about one family. */
export function BackToFamily({ familyId, familyName }: { familyId: string; familyName: string }) {
  return (
    <p className="back-link">
      <Link to={paths.family(familyId)}>
        Back to <bdi>{familyName}</bdi>
      </Link>
    </p>
  );
}

/** The way back to the settings page, at the top of each settings screen. */
export function BackToSettings() {
  return (
    <p className="back-link">
      <Link to={paths.settings()}>Back to settings</Link>
    </p>
  );
}
