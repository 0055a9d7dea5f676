import { Link } from 'react-router';
import { PageHeading } from '../components/PageHeading';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title="Page not found" />
      <p>There is nothing at this address in Team Around.</p>
      <p>
        <Link to="/families">Go to the list of families</Link>
      </p>
    </>
  );
}
