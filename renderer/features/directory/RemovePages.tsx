import { useParams } from 'react-router';
import { useRepositories } from '../../data/hooks/useRepositories';
import { ConfirmRemovePage } from './ConfirmRemovePage';
import { usePractitioner, useService } from './useDirectory';
import { paths } from '../../components/paths';

export function RemovePractitionerPage() {
  const { practitionerId = '' } = useParams();
  const { directory } = useRepositories();
  return (
    <ConfirmRemovePage
      entry={usePractitioner(practitionerId)}
      what="Practitioner"
      explanation="They will no longer be offered when you choose who is involved with a family. Plans and minutes that already name them keep their name as it was."
      keepLabel="No, keep them"
      backTo={paths.directory()}
      remove={(id) => directory.removePractitioner(id)}
    />
  );
}

export function RemoveServicePage() {
  const { serviceId = '' } = useParams();
  const { directory } = useRepositories();
  return (
    <ConfirmRemovePage
      entry={useService(serviceId)}
      what="Local service"
      explanation="It will no longer be listed for families. Plans that already mention it keep what they say."
      keepLabel="No, keep it"
      backTo={paths.services()}
      remove={(id) => directory.removeService(id)}
    />
  );
}
