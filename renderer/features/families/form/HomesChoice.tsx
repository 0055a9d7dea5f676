import type { FieldError } from '../../../../shared/domain/family';
import { CheckboxGroup } from '../../../components/fields/CheckboxGroup';
import { setLivesIn } from '../model/draft-edits';
import { carerHomesPath, childHomesPath, errorAt, fieldId } from '../model/field-paths';
import type { FamilyFormDraft } from '../model/form-draft';
import { homeLabel } from '../model/names';

interface Props {
  kind: 'carer' | 'child';
  /** The person's place in the list of carers or of children. */
  index: number;
  personId: string;
  draft: FamilyFormDraft;
  errors: readonly FieldError[];
  update(change: (draft: FamilyFormDraft) => FamilyFormDraft): void;
}

const QUESTION = {
  carer: { legend: 'Which homes do they live in?', hint: 'Leave them all unticked if they live somewhere else' },
  child: { legend: 'Which homes does this child live in or stay at?', hint: "Tick every home, for example both parents' homes if they stay with each" },
};

/** Which of the family's homes a person lives in or stays at. */
export function HomesChoice({ kind, index, personId, draft, errors, update }: Props) {
  const key = kind === 'carer' ? 'carerIds' : 'childIds';
  const path = kind === 'carer' ? carerHomesPath(index) : childHomesPath(index);
  const { legend, hint } = QUESTION[kind];
  return (
    <CheckboxGroup
      id={fieldId(path)}
      legend={legend}
      hint={hint}
      small
      error={errorAt(errors, path)}
      options={draft.households.map((home, i) => ({ value: home.id, label: <bdi>{homeLabel(home, i)}</bdi> }))}
      values={draft.households.filter((h) => h[key].includes(personId)).map((h) => h.id)}
      onChange={(_values, { value: homeId, checked }) => update((d) => setLivesIn(d, homeId, personId, kind, checked))}
    />
  );
}
