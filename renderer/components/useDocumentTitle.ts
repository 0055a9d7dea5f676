import { useEffect } from 'react';
import { safeTitle } from '../../shared/rules/text';

export const APP_NAME = 'Team Around';

/** Every page names itself in the window title, so people using screen readers know where they are. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    const clean = safeTitle(title);
    document.title = clean ? `${clean} – ${APP_NAME}` : APP_NAME;
  }, [title]);
}
