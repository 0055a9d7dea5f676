/**
 * Writes a file so that readers see either the old contents or the new, never half of either:
 * a temporary sibling in the same folder (same file system, so the rename is atomic), flushed,
 * then renamed over the target. Used for the user's saves and for the quick-unlock key.
 */
import { randomBytes } from 'node:crypto';
import type fsPromises from 'node:fs/promises';
import path from 'node:path';

export type AtomicWriteFs = Pick<typeof fsPromises, 'writeFile' | 'rename' | 'rm'>;

/** Write `data` to `target` via a temporary sibling and a rename; the temporary file never survives. */
export async function writeFileAtomically(fs: AtomicWriteFs, target: string, data: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    // 0o600: the contents are personal data or key material; `flush` makes sure they reach the disk before the rename.
    await fs.writeFile(temp, data, { flag: 'wx', mode: 0o600, flush: true });
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}
