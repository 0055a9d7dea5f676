import { useEffect, useRef, type ReactNode } from 'react';
import { takeHeadingFocus } from './heading-focus';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * The page's one h1. It also sets the window title, and takes focus when it appears after an
 * in-app navigation (see app/RouteFocus.tsx), so it can be focused but is not in the tab order.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);
  useEffect(() => {
    if (takeHeadingFocus()) ref.current?.focus();
  }, []);
  return (
    <h1 className="page-heading" tabIndex={-1} ref={ref}>
      {children ?? title}
    </h1>
  );
}
