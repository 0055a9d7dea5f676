import type { FieldError } from '../../../shared/domain/family';
import { TextField } from '../../components/TextField';
import type { Profile } from '../../data/repositories/settings';
import { useAreaWords } from '../../data/hooks/useSettings';
import { bindFields } from '../../components/form/bind-fields';
import { errorAt } from '../../components/form/field-values';
import type { PlanDraft } from './plan-draft';

interface Props {
  draft: PlanDraft;
  errors: readonly FieldError[];
  profile: Profile;
  onChange(change: Partial<PlanDraft>): void;
}

/** Who leads the plan: typed, or filled in from the details saved in this copy of the app. */
export function LeadProfessionalFields({ draft, errors, profile, onChange }: Props) {
  const words = useAreaWords();
  const field = bindFields({ values: draft, onChange, idOf: (name) => `plan-${name}`, errorAt: (name) => errorAt(errors, name) });
  const canUseMine = profile.name !== '' && (draft.leadName !== profile.name || draft.leadRole !== profile.role);
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">{words.leadCapitalised}</legend>
      <p className="fieldset__intro">The person who brings the team together and is the family&apos;s main contact.</p>
      {canUseMine && (
        <p>
          <button type="button" className="button button--secondary" onClick={() => onChange({ leadName: profile.name, leadRole: profile.role })}>
            Use my details ({profile.name})
          </button>
        </p>
      )}
      <TextField {...field.text('leadName')} label="Name" autoComplete="off" />
      <TextField {...field.text('leadRole')} label="Role (optional)" hint="For example family support worker or designated safeguarding lead" autoComplete="off" width="medium" />
      <TextField {...field.text('leadAgency')} label="Agency or service (optional)" hint="For example Oak Lane Primary School" autoComplete="off" />
    </fieldset>
  );
}
