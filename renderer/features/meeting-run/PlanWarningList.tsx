/** Things to check about the plan or one action, each a sentence, listed where the chair is typing. */
export function PlanWarningList({ id, label, warnings }: { id?: string; label: string; warnings: readonly { message: string }[] }) {
  if (warnings.length === 0) return null;
  return (
    <ul className="va-warnings" id={id} aria-label={label}>
      {warnings.map((w, i) => (
        <li key={i} className="va-warnings__item">
          {w.message}
        </li>
      ))}
    </ul>
  );
}
