import { useParams } from 'react-router';
import { EditEntryPage, EntryFormPage } from './EntryFormPage';
import { PractitionerForm } from './PractitionerForm';
import { usePractitioner } from './useDirectory';
import { paths } from '../../components/paths';

const BACK = { to: paths.directory(), text: 'Back to the directory' };

export function AddPractitionerPage() {
  return (
    <EntryFormPage back={BACK} title="Add a practitioner">
      <p className="lead">Someone from another service you work with. Once they are in the directory you can choose them for any family.</p>
      <PractitionerForm draftKey="directory-practitioner:new" />
    </EntryFormPage>
  );
}

export function EditPractitionerPage() {
  const { practitionerId = '' } = useParams();
  return (
    <EditEntryPage
      entry={usePractitioner(practitionerId)}
      what="practitioner"
      back={BACK}
      form={(practitioner) => <PractitionerForm key={practitioner.id} practitioner={practitioner} draftKey={`directory-practitioner:${practitioner.id}`} />}
    />
  );
}
