/** A small "Practice" label for lists and headings; nothing for a real family. */
export function PracticeTag({ isPractice }: { isPractice: boolean }) {
  if (!isPractice) return null;
  return (
    <strong className="practice-tag">
      Practice<span className="visually-hidden"> family, made up for rehearsing</span>
    </strong>
  );
}
