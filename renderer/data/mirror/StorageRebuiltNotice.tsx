import { useSyncExternalStore } from 'react';
import { REBUILD_MESSAGE, rebuildNotice } from './rebuild-notice';

/**
 * Shown once after unlocking, when recent work was put back into a rebuilt database. A region of
 * its own at the top of the page, so it is found first, with a button to put it away.
 */
export function StorageRebuiltNotice() {
  const showing = useSyncExternalStore(rebuildNotice.subscribe, rebuildNotice.isShowing);
  if (!showing) return null;
  return (
    <section className="notice storage-rebuilt" aria-label="Storage rebuilt">
      <p>{REBUILD_MESSAGE}</p>
      <button type="button" className="button button--secondary" onClick={rebuildNotice.dismiss}>
        Close this message
      </button>
    </section>
  );
}
