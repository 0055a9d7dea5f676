/**
 * The dedicated worker that reads and writes the mirror's files in the origin private file system
 * with synchronous access handles: each write goes in place (no rename, so the file system's own
 * index is not touched on every save) and is flushed to disk before the window is told it is done.
 * Requests are handled one at a time, in the order they arrive.
 */
import type { OpfsRequest, OpfsResponse } from './opfs-protocol';

/** FileSystemSyncAccessHandle: only in the worker library's types, which this folder does not load. */
interface SyncAccessHandle {
  read(buffer: Uint8Array, options?: { at?: number }): number;
  write(buffer: Uint8Array, options?: { at?: number }): number;
  truncate(size: number): void;
  getSize(): number;
  flush(): void;
  close(): void;
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpfsRequest>) => void) | null;
  postMessage(message: OpfsResponse): void;
}

/** Each open handle locks its file; a few dozen stay open so a burst of saves does not reopen them. */
const MAX_OPEN_HANDLES = 32;
const LOCK_RETRIES = 20;
const LOCK_RETRY_MS = 100;

const scope = self as unknown as WorkerScope;
let folder: FileSystemDirectoryHandle | undefined;
const handles = new Map<string, SyncAccessHandle>();
let queue: Promise<void> = Promise.resolve();

function directory(): FileSystemDirectoryHandle {
  if (!folder) throw new Error('The mirror folder has not been opened.');
  return folder;
}

function isNotFound(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'NotFoundError';
}

/**
 * A file's handle is exclusive. Just after a reload the previous page's worker may still hold it for
 * a moment, so a refusal (NoModificationAllowedError) is retried for up to about two seconds.
 */
async function openHandle(file: FileSystemFileHandle): Promise<SyncAccessHandle> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (file as unknown as { createSyncAccessHandle(): Promise<SyncAccessHandle> }).createSyncAccessHandle();
    } catch (error) {
      const locked = error instanceof DOMException && error.name === 'NoModificationAllowedError';
      if (!locked || attempt >= LOCK_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
    }
  }
}

async function handleFor(name: string, create: boolean): Promise<SyncAccessHandle | undefined> {
  const open = handles.get(name);
  if (open) {
    // Most recently used last.
    handles.delete(name);
    handles.set(name, open);
    return open;
  }
  let file: FileSystemFileHandle;
  try {
    file = await directory().getFileHandle(name, { create });
  } catch (error) {
    if (!create && isNotFound(error)) return undefined;
    throw error;
  }
  const handle = await openHandle(file);
  handles.set(name, handle);
  for (const [oldest, old] of handles) {
    if (handles.size <= MAX_OPEN_HANDLES) break;
    old.close();
    handles.delete(oldest);
  }
  return handle;
}

async function run(request: OpfsRequest): Promise<OpfsResponse> {
  switch (request.op) {
    case 'open': {
      const root = await navigator.storage.getDirectory();
      folder = await root.getDirectoryHandle(request.folder, { create: true });
      return { id: request.id, ok: true };
    }
    case 'list': {
      const names: string[] = [];
      for await (const name of (directory() as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
      return { id: request.id, ok: true, names };
    }
    case 'read': {
      const handle = await handleFor(request.name, false);
      if (!handle) return { id: request.id, ok: true, bytes: null };
      const bytes = new Uint8Array(handle.getSize());
      handle.read(bytes, { at: 0 });
      return { id: request.id, ok: true, bytes };
    }
    case 'write': {
      const handle = await handleFor(request.name, true);
      if (!handle) throw new Error('The file could not be created.');
      // Written over the old contents, then cut to length: a file left longer by a kill is still read
      // correctly, because the format records its own length.
      let at = 0;
      while (at < request.bytes.length) at += handle.write(request.bytes.subarray(at), { at });
      handle.truncate(request.bytes.length);
      handle.flush();
      return { id: request.id, ok: true };
    }
    case 'remove': {
      handles.get(request.name)?.close();
      handles.delete(request.name);
      try {
        await directory().removeEntry(request.name);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      return { id: request.id, ok: true };
    }
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  queue = queue.then(async () => {
    try {
      scope.postMessage(await run(request));
    } catch (error) {
      const errorName = error instanceof Error ? error.name : 'Error';
      scope.postMessage({ id: request.id, ok: false, errorName, message: error instanceof Error ? error.message : String(error) });
    }
  });
};
