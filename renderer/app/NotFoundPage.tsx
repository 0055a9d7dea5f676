import { NotFound } from '../components/notices/NotFound';
import { paths } from '../components/paths';

export function NotFoundPage() {
  return <NotFound heading="Page not found" message="There is nothing at this address in Team Around." link={{ to: paths.families(), text: 'Go to the list of families' }} />;
}
