import type { Practitioner } from '../../../shared/domain/directory';
import { describePractitioner } from '../../../shared/domain/directory';
import type { FieldError } from '../../../shared/domain/family';
import { TextField } from '../../components/TextField';
import { useAreaWords } from '../../data/hooks/useSettings';
import { errorAt } from '../../components/form/field-values';
import { draftFieldProps } from '../../components/form/field-props';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { SelectField } from '../../components/fields/SelectField';
import type { ConsentDraft } from './consent-draft';

const PURPOSE_HINT = 'Leave this empty if it covers everything to do with the plan. For example: to come to meetings and receive the minutes';

interface Props {
  draft: ConsentDraft;
  errors: readonly FieldError[];
  agencies: readonly string[];
  practitioners: readonly Practitioner[];
  onChange(change: Partial<ConsentDraft>): void;
  /** Opens the small form for a practitioner who is not in the directory yet. */
  onAddPractitioner?(): void;
}

/** What the decision is about: early help itself, or sharing with an agency or a named practitioner (for a purpose, if given). */
export function ScopeFields({ draft, errors, agencies, practitioners, onChange, onAddPractitioner }: Props) {
  const words = useAreaWords();
  const field = draftFieldProps(draft, errors, onChange, (name) => `consent-${name}`);
  const chosenIsListed = practitioners.some((p) => p.id === draft.practitionerId);
  const choosePractitioner = (id: string) => {
    const p = practitioners.find((x) => x.id === id);
    onChange({ practitionerId: id, practitionerName: p?.name ?? '', practitionerAgency: p?.agency ?? '' });
  };
  const agencyField = (
    <>
      <TextField
        {...field('agency')}
        label="Agency or service"
        hint="Type it, or choose from the suggestions, for example School, Health visitor or Housing"
        width="medium"
        list="consent-agency-suggestions"
      />
      <datalist id="consent-agency-suggestions">
        {agencies.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
    </>
  );
  const practitionerField = (
    <>
      {practitioners.length === 0 && !draft.practitionerId && (
        <p className="hint-text">There is no one in the directory yet. Choose an agency or service instead, or add the practitioner below.</p>
      )}
      <SelectField id="consent-practitionerId" label="Practitioner" error={errorAt(errors, 'practitionerId')} value={draft.practitionerId} onValueChange={choosePractitioner}>
        <option value="">Choose a practitioner</option>
        {!chosenIsListed && draft.practitionerId !== '' && (
          <option value={draft.practitionerId}>
            {describePractitioner({ name: draft.practitionerName, role: '', agency: draft.practitionerAgency })} (no longer in the directory)
          </option>
        )}
        {practitioners.map((p) => (
          <option key={p.id} value={p.id}>
            {describePractitioner(p)}
          </option>
        ))}
      </SelectField>
      {onAddPractitioner && (
        <div className="button-group">
          <button type="button" id="consent-add-practitioner" className="button button--secondary button--small" onClick={onAddPractitioner}>
            Add someone who is not in the directory
          </button>
        </div>
      )}
    </>
  );
  return (
    <>
      <RadioGroup
        id="consent-scopeType"
        legend="What is the decision about?"
        error={errorAt(errors, 'scopeType')}
        value={draft.scopeType}
        options={[
          { value: 'early-help', label: `${words.serviceCapitalised} itself`, hint: 'Whether the family wants support and a plan' },
          { value: 'agency', label: 'Sharing information with an agency or service', hint: 'For example school, the health visitor or housing', conditional: agencyField },
          { value: 'practitioner', label: 'Sharing information with a named practitioner', hint: 'Someone in your directory of practitioners', conditional: practitionerField },
        ]}
        onChange={(scopeType) => onChange({ scopeType })}
      />
      {(draft.scopeType === 'agency' || draft.scopeType === 'practitioner') && (
        <TextField {...field('purpose')} label="What the sharing is for (optional)" hint={PURPOSE_HINT} />
      )}
    </>
  );
}
