/**
 * The mirror's files in the origin private file system (navigator.storage.getDirectory), written
 * by a dedicated worker with synchronous access handles (opfs-worker.ts). Chromium keeps these
 * under the profile's "File System" folder, apart from IndexedDB's LevelDB store.
 */
import type { MirrorFileStore } from './file-store';
import { MIRROR_FOLDER, type OpfsRequest, type OpfsResponse } from './opfs-protocol';

type RequestBody = OpfsRequest extends infer R ? (R extends OpfsRequest ? Omit<R, 'id'> : never) : never;
type Success = Extract<OpfsResponse, { ok: true }>;

class WorkerClient {
  readonly #worker: Worker;
  readonly #waiting = new Map<number, { resolve: (response: Success) => void; reject: (error: Error) => void }>();
  #nextId = 1;
  #broken: Error | undefined;

  constructor(worker: Worker) {
    this.#worker = worker;
    worker.onmessage = (event: MessageEvent<OpfsResponse>) => {
      const response = event.data;
      const waiter = this.#waiting.get(response.id);
      if (!waiter) return;
      this.#waiting.delete(response.id);
      if (response.ok) waiter.resolve(response);
      else waiter.reject(Object.assign(new Error(response.message), { name: response.errorName }));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.#fail(new Error(`The private file system worker stopped: ${event.message || 'it could not be started'}.`));
    };
  }

  call(body: RequestBody): Promise<Success> {
    if (this.#broken) return Promise.reject(this.#broken);
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#waiting.set(id, { resolve, reject });
      this.#worker.postMessage({ ...body, id } as OpfsRequest);
    });
  }

  terminate(): void {
    this.#worker.terminate();
    this.#fail(new Error('The private file system has been closed.'));
  }

  #fail(error: Error): void {
    this.#broken = error;
    for (const waiter of this.#waiting.values()) waiter.reject(error);
    this.#waiting.clear();
  }
}

/** Rejects where there is no origin private file system (or no worker can be started). */
export async function openOpfsFileStore(folder: string = MIRROR_FOLDER): Promise<MirrorFileStore> {
  if (typeof Worker === 'undefined' || typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') {
    throw new Error('This browser has no private file system.');
  }
  const client = new WorkerClient(new Worker(new URL('./opfs-worker.ts', import.meta.url), { type: 'module', name: 'team-around-recent-work' }));
  try {
    await client.call({ op: 'open', folder });
  } catch (error) {
    client.terminate();
    throw error;
  }
  return {
    list: async () => (await client.call({ op: 'list' })).names ?? [],
    read: async (name) => (await client.call({ op: 'read', name })).bytes ?? undefined,
    write: async (name, bytes) => {
      await client.call({ op: 'write', name, bytes });
    },
    remove: async (name) => {
      await client.call({ op: 'remove', name });
    },
    close: () => client.terminate(),
  };
}
