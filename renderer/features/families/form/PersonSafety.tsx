import type { FieldError } from '../../../../shared/domain/family';
import { Checkbox } from '../../../components/fields/Checkbox';
import { setFlagged, updateFlag } from '../model/draft-edits';
import { currentFlagsOf, type FamilyFormDraft } from '../model/form-draft';
import type { PersonOption } from '../model/names';
import { EndingFlagFields } from './EndingFlagFields';
import { SafetyFlagFields } from './SafetyFlagFields';

interface Props {
  person: PersonOption;
  isChild: boolean;
  draft: FamilyFormDraft;
  others: readonly PersonOption[];
  errors: readonly FieldError[];
  update(change: (draft: FamilyFormDraft) => FamilyFormDraft): void;
  newId(): string;
}

/** "Keep this person's contact details or address from someone", and the details of that when ticked. */
export function PersonSafety({ person, isChild, draft, others, errors, update, newId }: Props) {
  const flags = currentFlagsOf(draft, person.id);
  const on = flags.some(({ flag }) => !flag.endRequested);
  const id = `safety-${person.id}`;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">
        <bdi>{person.name}</bdi>
      </legend>
      <Checkbox
        id={id}
        label="Keep this person's contact details or address from someone"
        checked={on}
        onCheckedChange={(checked) => update((d) => setFlagged(d, person.id, checked, newId))}
      />
      {flags.map(({ flag, index }) =>
        flag.endRequested ? (
          <EndingFlagFields key={flag.id} index={index} flag={flag} errors={errors} onChange={(change) => update((d) => updateFlag(d, index, change))} />
        ) : (
          <SafetyFlagFields
            key={flag.id}
            index={index}
            flag={flag}
            isChild={isChild}
            others={others}
            errors={errors}
            onChange={(change) => update((d) => updateFlag(d, index, change))}
          />
        ),
      )}
    </fieldset>
  );
}
