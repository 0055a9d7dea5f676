import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';

export function FamilyNotFound() {
  return (
    <>
      <PageHeading title="Family not found" />
      <p>
        This family could not be found. <Link to={paths.families()}>Go to the list of families</Link>
      </p>
    </>
  );
}
