import { focusById } from '../../../components/focus';

export interface ContentsEntry {
  id: string;
  title: string;
}

/** Links to each section of a long form; they move focus by hand because the hash belongs to the router. */
export function FormContents({ entries }: { entries: readonly ContentsEntry[] }) {
  return (
    <nav className="form-contents" aria-labelledby="form-contents-title">
      <h2 className="form-contents__title" id="form-contents-title">
        Parts of this form
      </h2>
      <ol className="form-contents__list">
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
