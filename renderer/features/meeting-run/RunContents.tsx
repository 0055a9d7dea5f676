import { focusById } from '../../components/focus';

export interface RunContentsEntry {
  id: string;
  title: string;
}

/** Links to each part of the meeting screen; they move focus by hand because the hash belongs to the router. */
export function RunContents({ entries }: { entries: readonly RunContentsEntry[] }) {
  return (
    <nav className="run-contents" aria-labelledby="run-contents-title">
      <h2 className="run-contents__title" id="run-contents-title">
        Parts of the meeting
      </h2>
      <ol className="run-contents__list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              onClick={(event) => {
                event.preventDefault();
                focusById(entry.id);
              }}
            >
              {entry.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** An h2 that the contents links can move focus to. */
export function RunHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 className="section-heading run-heading" id={id} tabIndex={-1}>
      {children}
    </h2>
  );
}
