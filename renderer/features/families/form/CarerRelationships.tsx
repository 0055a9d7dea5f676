import type { FieldError } from '../../../../shared/domain/family';
import type { ParentalResponsibility } from '../../../../shared/domain/person';
import { TextField } from '../../../components/TextField';
import { RadioGroup } from '../../../components/fields/RadioGroup';
import { FieldMessages } from '../../../components/fields/FieldMessages';
import { setRelationship } from '../model/draft-edits';
import { errorAt, fieldId } from '../model/field-paths';
import { relationshipOf, type CarerDraft, type FamilyFormDraft } from '../model/form-draft';
import { childLabel } from '../model/names';

const PR_CHOICES: ReadonlyArray<{ value: ParentalResponsibility; label: string }> = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'not-known', label: 'Not known' },
];

interface Props {
  carerIndex: number;
  carer: CarerDraft;
  draft: FamilyFormDraft;
  errors: readonly FieldError[];
  update(change: (draft: FamilyFormDraft) => FamilyFormDraft): void;
}

/** One row per child: how this person is related to them, and whether they have parental responsibility. */
export function CarerRelationships({ carerIndex, carer, draft, errors, update }: Props) {
  const groupId = fieldId(`carers.${carerIndex}.childRelationships`);
  return (
    <fieldset className="choices relationships" aria-describedby={`${groupId}-hint`}>
      <legend className="choices__legend choices__legend--small">Relationship to each child</legend>
      <FieldMessages
        id={groupId}
        hint={
          <>
            <p className="hint-paragraph">For example mum, dad, stepdad, grandmother, foster carer.</p>
            <p className="hint-paragraph">
              Parental responsibility is the legal right to make decisions for a child. A birth mother always has it; a father usually has it if he was
              married to the mother or is named on the birth certificate.
            </p>
          </>
        }
      />
      {draft.children.map((child, j) => {
        const path = `carers.${carerIndex}.childRelationships.${j}`;
        const row = relationshipOf(carer, child.id);
        return (
          <fieldset className="relationship-row" key={child.id}>
            <legend className="relationship-row__legend">
              <bdi>{childLabel(child, j)}</bdi>
            </legend>
            <TextField
              id={fieldId(`${path}.relationship`)}
              label="Relationship"
              dir="auto"
              autoComplete="off"
              width="medium"
              value={row.relationship}
              error={errorAt(errors, `${path}.relationship`)}
              onValueChange={(relationship) => update((d) => setRelationship(d, carerIndex, child.id, { relationship }))}
            />
            <RadioGroup
              id={fieldId(`${path}.parentalResponsibility`)}
              legend="Do they have parental responsibility?"
              small
              options={PR_CHOICES}
              value={row.parentalResponsibility}
              error={errorAt(errors, `${path}.parentalResponsibility`)}
              onChange={(parentalResponsibility) => update((d) => setRelationship(d, carerIndex, child.id, { parentalResponsibility }))}
            />
          </fieldset>
        );
      })}
    </fieldset>
  );
}
