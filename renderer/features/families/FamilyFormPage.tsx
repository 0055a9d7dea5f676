import { useParams } from 'react-router';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useFamily } from '../../data/hooks/useFamilies';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { FamilyForm } from './form/FamilyForm';
import { PracticeMarker } from '../practice';

export function AddFamilyPage() {
  return (
    <>
      <PageHeading title="Add a family" />
      <p className="lead">Start with the people the meetings are about. You only need names, the children&rsquo;s dates of birth and where they live: everything else can be added later.</p>
      <FamilyForm draftKey="family-form:new" />
    </>
  );
}

export function EditFamilyPage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  if (family === undefined) return <Loading what="family" />;
  if (family === null) return <FamilyNotFound />;
  return (
    <>
      <PageHeading title={`Edit ${family.familyName}`} />
      <PracticeMarker isPractice={family.isPractice} />
      <FamilyForm key={family.id} family={family} draftKey={`family-form:${family.id}`} />
    </>
  );
}
