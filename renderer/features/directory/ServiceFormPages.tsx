import { Link, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { EntryNotFound } from './EntryNotFound';
import { ServiceForm } from './ServiceForm';
import { useService } from './useDirectory';
import { paths } from '../../components/paths';

function BackLink() {
  return (
    <p>
      <Link to={paths.services()}>Back to local services</Link>
    </p>
  );
}

export function AddServicePage() {
  return (
    <>
      <BackLink />
      <PageHeading title="Add a local service" />
      <p className="lead">A service families can be pointed to. Say in plain words what it offers, who it is for and how to get a place.</p>
      <ServiceForm draftKey="directory-service:new" />
    </>
  );
}

export function EditServicePage() {
  const { serviceId = '' } = useParams();
  const service = useService(serviceId);
  if (service === undefined) return <Loading what="local service" />;
  if (service === null) return <EntryNotFound what="Local service" backTo={paths.services()} />;
  return (
    <>
      <BackLink />
      <PageHeading title={`Edit ${service.name}`}>
        Edit <bdi>{service.name}</bdi>
      </PageHeading>
      <ServiceForm key={service.id} service={service} draftKey={`directory-service:${service.id}`} />
    </>
  );
}
