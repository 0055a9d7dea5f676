import type { FieldError } from '../../../../shared/domain/family';
import { TextField } from '../../../components/TextField';
import { RadioGroup } from '../../../components/fields/RadioGroup';
import { errorAt, fieldId } from '../model/field-paths';

export interface LanguageValues {
  firstLanguage: string;
  interpreterNeeded: boolean;
  interpreterLanguage: string;
}

interface Props {
  /** `carers.0` or `children.1`. */
  path: string;
  values: LanguageValues;
  errors: readonly FieldError[];
  onChange(change: Partial<LanguageValues>): void;
}

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

/** First language, and whether an interpreter is needed (and for which language, when it differs). */
export function LanguageFields({ path, values, errors, onChange }: Props) {
  const at = (field: string) => `${path}.${field}`;
  return (
    <>
      <TextField
        id={fieldId(at('firstLanguage'))}
        label="First language (optional)"
        dir="auto"
        autoComplete="off"
        width="medium"
        value={values.firstLanguage}
        error={errorAt(errors, at('firstLanguage'))}
        onValueChange={(firstLanguage) => onChange({ firstLanguage })}
      />
      <RadioGroup
        id={fieldId(at('interpreterNeeded'))}
        legend="Do they need an interpreter?"
        small
        options={YES_NO}
        value={values.interpreterNeeded ? 'yes' : 'no'}
        error={errorAt(errors, at('interpreterNeeded'))}
        onChange={(answer) => onChange({ interpreterNeeded: answer === 'yes' })}
      >
        {values.interpreterNeeded && (
          <div className="conditional">
            <TextField
              id={fieldId(at('interpreterLanguage'))}
              label="Language the interpreter needs to speak"
              hint="Leave blank if it is their first language. For example British Sign Language"
              dir="auto"
              autoComplete="off"
              width="medium"
              value={values.interpreterLanguage}
              error={errorAt(errors, at('interpreterLanguage'))}
              onValueChange={(interpreterLanguage) => onChange({ interpreterLanguage })}
            />
          </div>
        )}
      </RadioGroup>
    </>
  );
}
