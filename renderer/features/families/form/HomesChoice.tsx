import type { FieldError } from '../../../../shared/domain/family';
import { CheckboxGroup } from '../../../components/fields/CheckboxGroup';
import { setLivesIn } from '../model/draft-edits';
import { errorAt, fieldId } from '../model/field-paths';
import type { FamilyFormDraft } from '../model/form-draft';
import { homeLabel } from '../model/names';

interface Props {
  /** `children.0.homes` or `carers.1.homes`. */
  path: string;
  legend: string;
  hint: string;
  personId: string;
  kind: 'carer' | 'child';
  draft: FamilyFormDraft;
  errors: readonly FieldError[];
  update(change: (draft: FamilyFormDraft) => FamilyFormDraft): void;
}

/** Which of the family's homes a person lives in or stays at. */
export function HomesChoice({ path, legend, hint, personId, kind, draft, errors, update }: Props) {
  const key = kind === 'carer' ? 'carerIds' : 'childIds';
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
