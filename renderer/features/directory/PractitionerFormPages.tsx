import { Link, useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { EntryNotFound } from './EntryNotFound';
import { PractitionerForm } from './PractitionerForm';
import { usePractitioner } from './useDirectory';
import { paths } from '../../components/paths';

function BackLink() {
  return (
    <p>
      <Link to={paths.directory()}>Back to the directory</Link>
    </p>
  );
}

export function AddPractitionerPage() {
  return (
    <>
      <BackLink />
      <PageHeading title="Add a practitioner" />
      <p className="lead">Someone from another service you work with. Once they are in the directory you can choose them for any family.</p>
      <PractitionerForm draftKey="directory-practitioner:new" />
    </>
  );
}

export function EditPractitionerPage() {
  const { practitionerId = '' } = useParams();
  const practitioner = usePractitioner(practitionerId);
  if (practitioner === undefined) return <Loading what="practitioner" />;
  if (practitioner === null) return <EntryNotFound what="Practitioner" backTo={paths.directory()} />;
  return (
    <>
      <BackLink />
      <PageHeading title={`Edit ${practitioner.name}`}>
        Edit <bdi>{practitioner.name}</bdi>
      </PageHeading>
      <PractitionerForm key={practitioner.id} practitioner={practitioner} draftKey={`directory-practitioner:${practitioner.id}`} />
    </>
  );
}
