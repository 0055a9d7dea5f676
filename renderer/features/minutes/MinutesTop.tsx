import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';

/**
 * The top of a minutes screen: the way back, then the heading that names the family (in `bdi`,
 * as their name may be written right to left). `title` is the window title when it differs.
 */
export function MinutesTop({ back, backText = 'Back to the minutes', lead, familyName, title = `${lead}: ${familyName}` }: { back: string; backText?: string; lead: string; familyName: string; title?: string }) {
  return (
    <>
      <p className="back-link">
        <Link to={back}>{backText}</Link>
      </p>
      <PageHeading title={title}>
        {lead}: <bdi>{familyName}</bdi>
      </PageHeading>
    </>
  );
}
