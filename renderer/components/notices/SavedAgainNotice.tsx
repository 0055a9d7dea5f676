import type { ReactNode, RefObject } from 'react';

/** The focusable "has been saved" notice of a section whose form started afresh (see `useRestartAfterSave`). */
export function SavedAgainNotice({ version, notice, children }: { version: number; notice: RefObject<HTMLDivElement | null>; children: ReactNode }) {
  if (version === 0) return null;
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={notice}>
      {children}
    </div>
  );
}
