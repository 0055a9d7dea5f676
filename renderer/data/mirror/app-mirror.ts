/** The app's one mirror of recent work (docs/decisions/0018). What the lock does with it is in lock/mirror-at-unlock.ts. */
import { openOpfsFileStore } from './opfs-file-store';
import { RecentWorkMirror } from './recent-work-mirror';

let mirror: RecentWorkMirror | undefined;

export function getMirror(): RecentWorkMirror {
  mirror ??= new RecentWorkMirror(() => openOpfsFileStore());
  return mirror;
}
