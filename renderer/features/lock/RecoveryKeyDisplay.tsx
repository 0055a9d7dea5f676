/** A recovery key in groups, read out whole by screen readers, with a button to print the page. */
export function RecoveryKeyDisplay({ groups }: { groups: readonly string[] }) {
  return (
    <>
      <p className="recovery-key" aria-label={`Recovery key: ${groups.join(' ')}`}>
        {groups.map((g, i) => (
          <span key={i} className="recovery-key__group">
            {g}
          </span>
        ))}
      </p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </p>
    </>
  );
}
