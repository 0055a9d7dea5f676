import { useParams } from 'react-router';
import { EditEntryPage, EntryFormPage } from './EntryFormPage';
import { ServiceForm } from './ServiceForm';
import { useService } from './useDirectory';
import { paths } from '../../components/paths';

const BACK = { to: paths.services(), text: 'Back to local services' };

export function AddServicePage() {
  return (
    <EntryFormPage back={BACK} title="Add a local service">
      <p className="lead">A service families can be pointed to. Say in plain words what it offers, who it is for and how to get a place.</p>
      <ServiceForm draftKey="directory-service:new" />
    </EntryFormPage>
  );
}

export function EditServicePage() {
  const { serviceId = '' } = useParams();
  return (
    <EditEntryPage
      entry={useService(serviceId)}
      what="local service"
      back={BACK}
      form={(service) => <ServiceForm key={service.id} service={service} draftKey={`directory-service:${service.id}`} />}
    />
  );
}
