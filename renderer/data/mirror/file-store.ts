/**
 * Where the second copy of recent work is kept: a flat folder of small files. In the app it is the
 * origin private file system (opfs-file-store.ts); in Node tests it is memory.
 */
export interface MirrorFileStore {
  /** The name of every file in the folder. */
  list(): Promise<string[]>;
  /** The file's bytes, or undefined when there is no such file. */
  read(name: string): Promise<Uint8Array | undefined>;
  /**
   * Replaces the file's contents, creating it if needed, and resolves once they have been handed
   * to the disk (flushed). Not atomic: a kill part way may leave a torn file, which is why every
   * row has two slots (see recent-work-mirror.ts).
   */
  write(name: string, bytes: Uint8Array): Promise<void>;
  /** Removes the file; no error if it is not there. */
  remove(name: string): Promise<void>;
  close(): void;
}

/** For tests: files in a Map, which tests may inspect or damage. */
export class MemoryFileStore implements MirrorFileStore {
  readonly files = new Map<string, Uint8Array>();
  /** Set by tests to make the next writes fail, as a full disk would. */
  failWrites = false;

  async list(): Promise<string[]> {
    return [...this.files.keys()];
  }

  async read(name: string): Promise<Uint8Array | undefined> {
    const bytes = this.files.get(name);
    return bytes ? new Uint8Array(bytes) : undefined;
  }

  async write(name: string, bytes: Uint8Array): Promise<void> {
    if (this.failWrites) throw new DOMException('The disk is full.', 'QuotaExceededError');
    this.files.set(name, new Uint8Array(bytes));
  }

  async remove(name: string): Promise<void> {
    this.files.delete(name);
  }

  close(): void {}
}
