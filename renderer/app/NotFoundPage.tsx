import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';
import { paths } from '../components/paths';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>There is nothing at this address in Team Around.</p>
      <p>
        <Link to={paths.families()}>Go to the list of families</Link>
      </p>
    </>
  );
}
