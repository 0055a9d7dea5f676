import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { sendStatusLabels, type ChildV2 } from '../../../../shared/domain/person';
import { academicYearLabel, schoolYearOn } from '../../../../shared/rules/academic-year';
import { ageOn, formatLongDate, type IsoDate } from '../../../../shared/rules/dates';
import { viewsMethodLabels } from '../form/child-choices';
import { ContactRows } from './ContactRows';
import { homesOf } from './lived-in';
import { LanguageRows } from './LanguageRows';
import { NameList } from './NameList';
import { hiddenMarkers, PersonSummary } from './PersonSummary';
import { SummaryRow } from './SummaryRow';

export function ChildSummary({ family, child, today }: { family: FamilyRecord; child: ChildV2; today: IsoDate }) {
  const marker = hiddenMarkers(family, child.id);
  const homes = homesOf(family, child.id);
  return (
    <PersonSummary name={child.name}>
      <SummaryRow label="Likes to be called">{child.preferredName}</SummaryRow>
      <SummaryRow label="Date of birth">{`${formatLongDate(child.dateOfBirth)} (age ${ageOn(child.dateOfBirth, today)})`}</SummaryRow>
      <SummaryRow label="School year by age">{`${schoolYearOn(child.dateOfBirth, today).label} in ${academicYearLabel(today)}`}</SummaryRow>
      <SummaryRow label="School or setting" marker={marker('school')}>
        {child.school}
      </SummaryRow>
      <SummaryRow label="Lives at">{homes.length > 0 ? <NameList names={homes} /> : ''}</SummaryRow>
      <SummaryRow label="Special educational needs or disability">{child.sendStatus === 'not-recorded' ? '' : sendStatusLabels[child.sendStatus]}</SummaryRow>
      <SummaryRow label="Their needs">{child.sendDetails}</SummaryRow>
      <SummaryRow label="How they communicate and share their views">{child.communication}</SummaryRow>
      <SummaryRow label="Ways they share their views">{child.viewsMethods.map((m) => viewsMethodLabels[m]).join(', ')}</SummaryRow>
      <LanguageRows person={child} />
      <ContactRows person={child} marker={marker} own />
    </PersonSummary>
  );
}
