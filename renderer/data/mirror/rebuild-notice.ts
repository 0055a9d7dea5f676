/**
 * The message shown after Team Around has put recent work back into a rebuilt database. Kept here
 * (not in React state) because it is decided while unlocking, before any screen is shown.
 */
export const REBUILD_MESSAGE =
  'Team Around had to rebuild its storage after the computer stopped suddenly. Your recent typing has been restored. Please check your latest backup is recent.';

let showing = false;
const listeners = new Set<() => void>();

function changed(next: boolean): void {
  showing = next;
  for (const listener of listeners) listener();
}

export const rebuildNotice = {
  show: () => changed(true),
  dismiss: () => changed(false),
  isShowing: () => showing,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
