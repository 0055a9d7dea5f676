import { Link } from 'react-router';
import { PageHeading } from '../PageHeading';
import { paths } from '../paths';

export interface NotFoundProps {
  /** The page's heading, e.g. "Family not found". */
  heading: string;
  /** What is missing, in a sentence, e.g. "This family could not be found." */
  message: string;
  /** The way on: where the link goes and what it says. */
  link: { to: string; text: string };
}

/** Shown when an address names something that is not in the app (or was removed). */
export function NotFound({ heading, message, link }: NotFoundProps) {
  return (
    <>
      <PageHeading title={heading} />
      <p>
        {message} <Link to={link.to}>{link.text}</Link>
      </p>
    </>
  );
}

/** The family an address names is not in the app. */
export function FamilyNotFound() {
  return <NotFound heading="Family not found" message="This family could not be found." link={{ to: paths.families(), text: 'Go to the list of families' }} />;
}

/** The meeting an address names is not among the family's meetings. */
export function MeetingNotFound({ familyId }: { familyId: string }) {
  return <NotFound heading="Meeting not found" message="This meeting could not be found." link={{ to: paths.meetings(familyId), text: 'Go to the family’s meetings' }} />;
}
