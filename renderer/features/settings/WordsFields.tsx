import {
  leadWordMeanings,
  meetingWordMeanings,
  serviceWordMeanings,
  type LeadWord,
  type MeetingWord,
  type ServiceWord,
} from '../../../shared/domain/area-settings';
import type { FieldError } from '../../../shared/domain/family';
import type { AreaDraft } from './area-draft';
import { errorFor } from './area-draft';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { type ChoiceOption } from '../../components/fields/choices';

const meetingOptions: ChoiceOption<MeetingWord>[] = [
  { value: 'TAC', label: 'TAC (Team Around the Child)', hint: meetingWordMeanings.TAC },
  { value: 'TAF', label: 'TAF (Team Around the Family)', hint: meetingWordMeanings.TAF },
];
const leadOptions: ChoiceOption<LeadWord>[] = [
  { value: 'lead professional', label: 'Lead professional', hint: leadWordMeanings['lead professional'] },
  { value: 'lead practitioner', label: 'Lead practitioner', hint: leadWordMeanings['lead practitioner'] },
];
const serviceOptions: ChoiceOption<ServiceWord>[] = [
  { value: 'early help', label: 'Early help', hint: serviceWordMeanings['early help'] },
  { value: 'family help', label: 'Family help', hint: serviceWordMeanings['family help'] },
];

interface Props {
  words: AreaDraft['words'];
  errors: readonly FieldError[];
  onChange(change: Partial<AreaDraft['words']>): void;
}

/** The words the area uses, shown on every screen and in every document. */
export function WordsFields({ words, errors, onChange }: Props) {
  return (
    <>
      <RadioGroup
        id="words-meeting"
        legend="What does your area call the meeting?"
        options={meetingOptions}
        value={words.meeting}
        error={errorFor(errors, 'words.meeting')}
        boxed
        onChange={(meeting) => onChange({ meeting })}
      />
      <RadioGroup
        id="words-lead"
        legend="What does your area call the person who leads the plan?"
        options={leadOptions}
        value={words.lead}
        error={errorFor(errors, 'words.lead')}
        boxed
        onChange={(lead) => onChange({ lead })}
      />
      <RadioGroup
        id="words-service"
        legend="What does your area call this kind of support?"
        options={serviceOptions}
        value={words.service}
        error={errorFor(errors, 'words.service')}
        boxed
        onChange={(service) => onChange({ service })}
      />
    </>
  );
}
