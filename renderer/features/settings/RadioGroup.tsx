export interface RadioOption<T extends string> {
  value: T;
  label: string;
  /** What the choice means, in plain words. */
  hint: string;
}

interface Props<T extends string> {
  /** Prefix for the inputs' ids: the first option's input is `${id}-0`, where an error message points. */
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: readonly RadioOption<T>[];
  value: T;
  onValueChange(value: T): void;
}

/** One choice from a few, each explained. A native radio group: arrow keys move between options. */
export function RadioGroup<T extends string>({ id, legend, hint, error, options, value, onValueChange }: Props<T>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset className={`fieldset radios${error ? ' field--error' : ''}`} aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {options.map((option, i) => (
        <div className="radios__item" key={option.value}>
          <input
            className="radios__input"
            type="radio"
            id={`${id}-${i}`}
            name={id}
            value={option.value}
            checked={value === option.value}
            aria-describedby={`${id}-${i}-hint`}
            onChange={() => onValueChange(option.value)}
          />
          <label className="radios__label" htmlFor={`${id}-${i}`}>
            {option.label}
          </label>
          <div className="radios__hint field__hint" id={`${id}-${i}-hint`}>
            {option.hint}
          </div>
        </div>
      ))}
    </fieldset>
  );
}
