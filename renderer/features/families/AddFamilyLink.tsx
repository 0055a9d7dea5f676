import { Link } from 'react-router';
import { paths } from '../../components/paths';

/** The "Add a family" button, in a paragraph of its own. */
export function AddFamilyLink() {
  return (
    <p>
      <Link className="button" to={paths.newFamily()}>
        Add a family
      </Link>
    </p>
  );
}
