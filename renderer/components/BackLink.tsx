import { Link } from 'react-router';

/** The way back to the family's page, at the top of every screen about one family. */
export function BackToFamily({ familyId, familyName }: { familyId: string; familyName: string }) {
  return (
    <p className="back-link">
      <Link to={`/families/${familyId}`}>
        Back to <bdi>{familyName}</bdi>
      </Link>
    </p>
  );
}
