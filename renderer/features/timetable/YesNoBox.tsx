import type { ReactNode } from 'react';

/** One yes-or-no choice that needs no question around it. */
export function YesNoBox({ id, label, hint, checked, onChange }: { id: string; label: ReactNode; hint?: string; checked: boolean; onChange(checked: boolean): void }) {
  return (
    <div className="field choice">
      <input className="choice__input" type="checkbox" id={id} checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.checked)} />
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
