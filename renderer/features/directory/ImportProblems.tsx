import { useFocusOnMount } from './useFocusOnMount';

/**
 * Why a file was not imported: every problem, by its line in the file. It takes focus when it
 * appears, like the error summary on a form, so the problems are heard at once.
 */
export function ImportProblems({ fileName, problems }: { fileName: string; problems: readonly string[] }) {
  const ref = useFocusOnMount<HTMLDivElement>();
  return (
    <div className="error-summary directory-import-problems" ref={ref} tabIndex={-1} role="alert" aria-labelledby="import-problems-title">
      <h4 className="error-summary__title" id="import-problems-title">
        The file was not imported
      </h4>
      <p>
        Nothing from <bdi>{fileName}</bdi> has been added. Fix {problems.length === 1 ? 'this problem' : 'these problems'} in the file, then import it
        again:
      </p>
      <ul className="directory-import-problems__list">
        {problems.map((problem, i) => (
          <li key={i}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
