import type { FieldError } from '../../../../shared/domain/family';
import { protectedDetailLabels, protectedDetailValues, type ProtectedDetail } from '../../../../shared/domain/safety-flag';
import { formatLongDate, isValidIsoDate } from '../../../../shared/rules/dates';
import { CheckboxGroup } from '../../../components/fields/CheckboxGroup';
import { TextAreaField } from '../../../components/TextAreaField';
import { withItem } from '../model/draft-edits';
import type { FlagDraft } from '../model/form-draft';
import type { PersonOption } from '../model/names';
import { bindFields } from './bind-fields';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const DETAIL_HINTS: Partial<Record<ProtectedDetail, string>> = {
  address: "Every home they live in, with the home's name and phone number",
  school: 'When their school or setting would show where they live',
};

interface Props {
  index: number;
  flag: FlagDraft;
  isChild: boolean;
  /** Everyone else in the family. */
  others: readonly PersonOption[];
  errors: readonly FieldError[];
  onChange(change: Partial<FlagDraft>): void;
}

/** Which details are kept from whom, and why (for the team only). */
export function SafetyFlagFields({ index, flag, isChild, others, errors, onChange }: Props) {
  const field = bindFields(`safetyFlags.${index}`, flag, errors, onChange);
  const details = protectedDetailValues.filter((d) => isChild || d !== 'school');
  return (
    <div className="conditional">
      {isValidIsoDate(flag.addedOn) && (
        <p className="flag-added">
          Added on {formatLongDate(flag.addedOn)} by <bdi>{flag.addedBy}</bdi>.
        </p>
      )}
      <CheckboxGroup
        {...field.place('covers')}
        legend="Which details must be kept from them?"
        small
        options={details.map((d) => ({ value: d, label: capitalised(protectedDetailLabels[d]), ...(DETAIL_HINTS[d] ? { hint: DETAIL_HINTS[d] } : {}) }))}
        values={flag.covers}
        onChange={(_values, { value: detail, checked }) => onChange({ covers: withItem(flag.covers, detail, checked) })}
      />
      <CheckboxGroup
        {...field.place('hiddenFrom')}
        legend="Who must never see them?"
        hint="Team Around leaves these details out of every letter, invitation, set of minutes and screen made for these people."
        small
        options={others.map((p) => ({ value: p.id, label: <bdi>{p.name}</bdi> }))}
        values={flag.hiddenFrom}
        onChange={(_values, { value: personId, checked }) => onChange({ hiddenFrom: withItem(flag.hiddenFrom, personId, checked) })}
      />
      <TextAreaField {...field.text('reason')} rows={3} dir="auto" label="Reason (optional)" hint="Kept private for the team. It is never printed in any document." />
    </div>
  );
}
