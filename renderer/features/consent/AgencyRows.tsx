import type { ConsentEvent } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FieldError } from '../../../shared/domain/family';
import { scopeState } from '../../../shared/rules/consent-state';
import type { IsoDate } from '../../../shared/rules/dates';
import { andList } from '../../../shared/words/list';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { errorAt } from '../../components/form/field-values';
import { agencyKey, agencyRowPath, answerFor, type AgencyAnswer, type AgencyConsentDraft } from './agency-consent-draft';
import { stateSentence } from './consent-words';

interface Props {
  idPrefix: string;
  agencies: readonly string[];
  draft: AgencyConsentDraft;
  errors: readonly FieldError[];
  log: readonly ConsentEvent[];
  practitioners: readonly Practitioner[];
  today: IsoDate;
  onAnswer(agency: string, answer: AgencyAnswer): void;
}

const OPTIONS: ReadonlyArray<{ value: AgencyAnswer; label: string }> = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-asked', label: 'Not asked' },
];

/** One yes / no / not asked question per agency, each saying where it stands today and who in the directory it covers. */
export function AgencyRows({ idPrefix, agencies, draft, errors, log, practitioners, today, onAnswer }: Props) {
  return (
    <>
      {agencies.map((agency, index) => {
        const people = practitioners.filter((p) => agencyKey(p.agency) === agencyKey(agency)).map((p) => p.name);
        const covers = people.length === 0 ? '' : ` Covers ${andList(people)}, in the directory.`;
        const now = stateSentence(scopeState(log, { type: 'share', recipient: { kind: 'agency', agency }, purpose: '' }, today));
        const path = agencyRowPath(index);
        return (
          <RadioGroup
            key={agency}
            id={`${idPrefix}${path}`}
            legend={<bdi>{agency}</bdi>}
            hint={`Today: ${now}${covers}`}
            small
            inline
            error={errorAt(errors, path) ?? (index === 0 ? errorAt(errors, 'answers') : undefined)}
            value={answerFor(draft, agency)}
            options={OPTIONS}
            onChange={(answer) => onAnswer(agency, answer)}
          />
        );
      })}
    </>
  );
}
