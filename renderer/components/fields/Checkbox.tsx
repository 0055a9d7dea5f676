import type { ReactNode } from 'react';

export interface CheckboxProps {
  id: string;
  label: ReactNode;
  hint?: string | undefined;
  checked: boolean;
  onCheckedChange(checked: boolean): void;
}

/** A single yes-or-no choice that needs no question around it. */
export function Checkbox({ id, label, hint, checked, onCheckedChange }: CheckboxProps) {
  return (
    <div className="field choice">
      <input
        className="choice__input"
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onCheckedChange(e.target.checked)}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="choice__hint field__hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
    </div>
  );
}
