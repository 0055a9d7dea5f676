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
  type Words = AreaDraft['words'];
  const group = <K extends keyof Words>(key: K) => ({
    id: `words-${key}`,
    value: words[key],
    error: errorFor(errors, `words.${key}`),
    boxed: true,
    onChange: (value: Words[K]) => onChange({ [key]: value } as Partial<Words>),
  });
  return (
    <>
      <RadioGroup {...group('meeting')} legend="What does your area call the meeting?" options={meetingOptions} />
      <RadioGroup {...group('lead')} legend="What does your area call the person who leads the plan?" options={leadOptions} />
      <RadioGroup {...group('service')} legend="What does your area call this kind of support?" options={serviceOptions} />
    </>
  );
}
