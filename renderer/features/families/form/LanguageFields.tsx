import type { FieldError } from '../../../../shared/domain/family';
import { TextField } from '../../../components/TextField';
import { RadioGroup } from '../../../components/fields/RadioGroup';
import { bindFields } from './bind-fields';

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
  const field = bindFields(path, values, errors, onChange);
  return (
    <>
      <TextField {...field.text('firstLanguage')} label="First language (optional)" dir="auto" autoComplete="off" width="medium" />
      <RadioGroup
        {...field.place('interpreterNeeded')}
        legend="Do they need an interpreter?"
        small
        options={YES_NO}
        value={values.interpreterNeeded ? 'yes' : 'no'}
        onChange={(answer) => onChange({ interpreterNeeded: answer === 'yes' })}
      >
        {values.interpreterNeeded && (
          <div className="conditional">
            <TextField
              {...field.text('interpreterLanguage')}
              label="Language the interpreter needs to speak"
              hint="Leave blank if it is their first language. For example British Sign Language"
              dir="auto"
              autoComplete="off"
              width="medium"
            />
          </div>
        )}
      </RadioGroup>
    </>
  );
}
