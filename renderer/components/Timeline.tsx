export interface TimelineEntry {
  /** What happened, e.g. "Sent to the family". */
  title: string;
  /** When, in words. */
  when: string;
  /** Why, or more about it; left out when empty. */
  note: string;
  /** Who did it (a name, kept as written). */
  by: string;
}

/** A history, oldest first, each entry dated and signed. Nothing in it can be changed. */
export function Timeline({ headingId, byLabel, entries }: { headingId: string; byLabel: string; entries: readonly TimelineEntry[] }) {
  return (
    <ol className="timeline" aria-labelledby={headingId}>
      {entries.map((entry, i) => (
        <li key={i} className="timeline__entry">
          <p className="timeline__title">
            <strong>{entry.title}</strong> on {entry.when}
          </p>
          {entry.note !== '' && <p className="timeline__reason preserve-lines">{entry.note}</p>}
          <p className="timeline__meta">
            {byLabel} <bdi>{entry.by}</bdi>
          </p>
        </li>
      ))}
    </ol>
  );
}
