import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { contactMethodLabels, knownAs, parentalResponsibilityFor, relationshipToChild, type CarerV2, type ParentalResponsibility } from '../../../../shared/domain/person';
import { ContactRows } from './ContactRows';
import { homesOf } from './lived-in';
import { LanguageRows } from './LanguageRows';
import { NameList } from './NameList';
import { hiddenMarkers, PersonSummary } from './PersonSummary';
import { SummaryRow } from './SummaryRow';

const RESPONSIBILITY: Record<ParentalResponsibility, string> = {
  yes: 'has parental responsibility',
  no: 'does not have parental responsibility',
  'not-known': 'parental responsibility not known',
};

function relationshipText(carer: CarerV2, childId: string): string {
  const relationship = relationshipToChild(carer, childId);
  const responsibility = RESPONSIBILITY[parentalResponsibilityFor(carer, childId)];
  return relationship ? `${relationship}, ${responsibility}` : responsibility.charAt(0).toUpperCase() + responsibility.slice(1);
}

export function CarerSummary({ family, carer }: { family: FamilyRecord; carer: CarerV2 }) {
  const marker = hiddenMarkers(family, carer.id);
  const homes = homesOf(family, carer.id);
  return (
    <PersonSummary name={carer.name}>
      {family.children.map((child) => (
        <SummaryRow
          key={child.id}
          label={
            <>
              Relationship to <bdi>{knownAs(child)}</bdi>
            </>
          }
        >
          {relationshipText(carer, child.id)}
        </SummaryRow>
      ))}
      <SummaryRow label="Lives at">{homes.length > 0 ? <NameList names={homes} /> : ''}</SummaryRow>
      <ContactRows person={carer} marker={marker} />
      <SummaryRow label="Likes to be contacted by">{carer.preferredContactMethod === 'no-preference' ? '' : contactMethodLabels[carer.preferredContactMethod]}</SummaryRow>
      <SummaryRow label="Best times to contact">{carer.preferredContactTimes}</SummaryRow>
      <LanguageRows person={carer} />
      <SummaryRow label="Literacy or access needs">{carer.literacyOrAccessNeeds}</SummaryRow>
      <SummaryRow label="Easy read">{carer.easyReadNeeded ? 'Send easy read versions' : ''}</SummaryRow>
    </PersonSummary>
  );
}
