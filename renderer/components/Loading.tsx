import { useDocumentTitle } from './useDocumentTitle';

export function Loading({ what }: { what: string }) {
  useDocumentTitle(`Loading ${what}`);
  return (
    <p role="status" className="loading">
      Loading {what}…
    </p>
  );
}
