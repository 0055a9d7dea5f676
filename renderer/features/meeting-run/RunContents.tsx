/** An h2 that the agenda list and the item buttons can move focus to. */
export function RunHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 className="section-heading run-heading" id={id} tabIndex={-1}>
      {children}
    </h2>
  );
}
