import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';

export function NotDuePage() {
  return (
    <>
      <PageHeading title="Not due for disposal" />
      <p>
        This family&apos;s records are not due for disposal, or have already been disposed of. <Link to={paths.retention()}>Go to records due for disposal</Link>
      </p>
    </>
  );
}
