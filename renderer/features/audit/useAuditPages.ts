import { useEffect, useRef, useState } from 'react';
import { pageOf } from './audit-words';

/**
 * Paging through audit entries, newest first, 50 to a page. After "Newer" or "Older", focus goes
 * to the line saying which entries are shown (`summary`), since the button pressed may be gone.
 */
export function useAuditPages<T>(entries: readonly T[]) {
  const [requested, setRequested] = useState(1);
  const summary = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const shown = pageOf(entries, requested);

  useEffect(() => {
    if (moved.current) summary.current?.focus();
    moved.current = false;
  }, [shown.page]);

  const onPage = (page: number) => {
    moved.current = true;
    setRequested(page);
  };
  return { shown, summary, pager: { page: shown.page, pages: shown.pages, onPage }, restart: () => setRequested(1) };
}
