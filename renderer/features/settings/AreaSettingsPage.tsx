import { Link } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { AreaSettingsForm } from './AreaSettingsForm';
import { useStoredAreaSettings } from './useStoredSettings';
import { paths } from '../../components/paths';

export function AreaSettingsPage() {
  const saved = useStoredAreaSettings();
  if (saved === undefined) return <Loading what="area settings" />;
  return (
    <>
      <p>
        <Link to={paths.settings()}>Back to settings</Link>
      </p>
      <PageHeading title="Change area settings" />
      <p className="lead">These settings are for everyone using Team Around on this computer. Every screen and document uses them.</p>
      <AreaSettingsForm saved={saved} />
    </>
  );
}
