/** A labelled search box with a hint; the list below it says how many entries match. */
export function SearchField({ id, label, hint, value, onValueChange }: { id: string; label: string; hint: string; value: string; onValueChange(value: string): void }) {
  return (
    <div className="field search">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__hint" id={`${id}-hint`}>
        {hint}
      </div>
      <input
        id={id}
        className="input input--medium"
        type="search"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
      />
    </div>
  );
}
