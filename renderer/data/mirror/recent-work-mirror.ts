/**
 * The second copy of recent work, kept outside IndexedDB (docs/decisions/0018): the newest sealed
 * copy of each row written to the mirrored tables, and a copy of the key envelope, so that if the
 * browser engine throws its whole IndexedDB store away after a crash, what the user typed can be
 * put back after unlocking.
 *
 * Every row has two files (slots a and b). A write goes to the slot that does not hold the newest
 * good copy, so a write cut short by a kill leaves the previous copy whole; the newest good copy
 * wins by its sequence number. Rows arrive already sealed by the encryption middleware, so the
 * mirror never needs the key and never sees plain text. Work is done one operation at a time, in
 * the order the IndexedDB transactions committed.
 */
import type { MirrorFileStore } from './file-store';
import { MANIFEST_BASE, SLOTS, decodeMirrorFile, encodeMirrorFile, parseSlotName, rowBaseName, slotName, type MirrorFile, type Slot } from './mirror-file';

/** The tables whose rows are mirrored: what a user types (unsaved forms, live meeting notes). */
export const MIRRORED_TABLES: readonly string[] = ['drafts', 'meetingRecords'];

export type MirrorOp =
  | { type: 'put'; table: string; key: unknown; row: object }
  | { type: 'delete'; table: string; key: unknown }
  /** Every mirrored row of the table whose key `matches` (a range delete or a table cleared). */
  | { type: 'delete-where'; table: string; matches: (key: unknown) => boolean };

export interface MirroredRow {
  table: string;
  key: unknown;
  /** As stored in IndexedDB: indexed fields in clear, the rest sealed. */
  row: Record<string, unknown>;
  seq: number;
}

/** The wrapped key envelope (safe to store: see ../crypto/keys.ts) and the encryption count with it. */
export interface KeyringCopy {
  envelope: unknown;
  encryptions: number;
}

export interface MirrorManifest {
  /** Which database the mirror copies: the same id is kept in the database's settings. */
  generation: string | null;
  keyring: KeyringCopy | null;
}

export type MirrorHealth =
  | { state: 'starting' }
  | { state: 'working' }
  /** No private file system here (or it would not open): saves go to IndexedDB only. */
  | { state: 'unavailable'; reason: string }
  /** The last write to the mirror failed; saves still reach IndexedDB. */
  | { state: 'failing'; reason: string };

export interface MirrorLimits {
  /** Rows kept; the oldest are pruned beyond this. */
  maxRows: number;
  /** Bytes of newest copies kept (the disk holds up to twice this, with the older slots). */
  maxBytes: number;
}

export const DEFAULT_MIRROR_LIMITS: MirrorLimits = { maxRows: 200, maxBytes: 16 * 1024 * 1024 };

interface IndexEntry {
  table: string;
  key: unknown;
  /** The slot holding the newest good copy. */
  slot: Slot;
  seq: number;
  bytes: number;
}

interface RowBody {
  table: string;
  key: unknown;
  row: Record<string, unknown> | null;
}

const EMPTY_MANIFEST: MirrorManifest = { generation: null, keyring: null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rowBody(file: MirrorFile): RowBody | undefined {
  if (file.kind !== 'row' || !isRecord(file.body)) return undefined;
  const { table, key, row } = file.body;
  if (typeof table !== 'string' || key === undefined) return undefined;
  if (row !== null && !isRecord(row)) return undefined;
  return { table, key, row };
}

function manifestBody(file: MirrorFile): MirrorManifest | undefined {
  if (file.kind !== 'manifest' || !isRecord(file.body)) return undefined;
  const { generation, keyring } = file.body;
  const copy = isRecord(keyring) && typeof keyring.encryptions === 'number' ? { envelope: keyring.envelope, encryptions: keyring.encryptions } : null;
  return { generation: typeof generation === 'string' ? generation : null, keyring: copy };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class RecentWorkMirror {
  readonly #openStore: () => Promise<MirrorFileStore>;
  readonly #limits: MirrorLimits;
  readonly #now: () => number;
  #store: MirrorFileStore | undefined;
  #opening: Promise<void> | undefined;
  #rows = new Map<string, IndexEntry>();
  #manifest: { slot: Slot; value: MirrorManifest } | undefined;
  #lastSeq = 0;
  #queue: Promise<unknown> = Promise.resolve();
  #health: MirrorHealth = { state: 'starting' };

  constructor(openStore: () => Promise<MirrorFileStore>, options: { limits?: Partial<MirrorLimits>; now?: () => number } = {}) {
    this.#openStore = openStore;
    this.#limits = { ...DEFAULT_MIRROR_LIMITS, ...options.limits };
    this.#now = options.now ?? Date.now;
  }

  get health(): MirrorHealth {
    return this.#health;
  }

  /** Opens the folder and reads what is in it. Never rejects: a mirror that cannot open is unavailable and does nothing. */
  ready(): Promise<void> {
    this.#opening ??= this.#open();
    return this.#opening;
  }

  /** Applies the changes of one committed transaction, in order. Never rejects (see `health`). */
  apply(ops: readonly MirrorOp[]): Promise<void> {
    return this.#run(async (store) => {
      const written = new Set<string>();
      for (const op of ops) {
        if (op.type === 'put') written.add(await this.#put(store, op.table, op.key, op.row));
        else if (op.type === 'delete') await this.#delete(store, rowBaseName(op.table, op.key));
        else {
          for (const [base, entry] of [...this.#rows]) if (entry.table === op.table && op.matches(entry.key)) await this.#delete(store, base);
        }
      }
      await this.#prune(store, written);
    });
  }

  /** The newest good copy of every mirrored row, oldest first. */
  rows(): Promise<MirroredRow[]> {
    return this.#run(async (store) => {
      const out: MirroredRow[] = [];
      for (const base of [...this.#rows.keys()]) {
        const found = await this.#readNewest(store, base, 'row');
        const body = found && rowBody(found.file);
        if (found && body?.row) out.push({ table: body.table, key: body.key, row: body.row, seq: found.file.seq });
      }
      return out.sort((a, b) => a.seq - b.seq);
    }, []);
  }

  manifest(): Promise<MirrorManifest> {
    return this.#run(async () => this.#manifest?.value ?? EMPTY_MANIFEST, EMPTY_MANIFEST);
  }

  /** Writes the manifest with `change` applied; resolves to whether it reached the disk. */
  saveManifest(change: Partial<MirrorManifest>): Promise<boolean> {
    return this.#run(async (store) => {
      const value = { ...(this.#manifest?.value ?? EMPTY_MANIFEST), ...change };
      const slot = this.#manifest?.slot === 'a' ? 'b' : 'a';
      await store.write(slotName(MANIFEST_BASE, slot), encodeMirrorFile({ kind: 'manifest', seq: this.#nextSeq(), body: value }));
      this.#manifest = { slot, value };
      return true;
    }, false);
  }

  /** Removes every copy and the manifest: for a new keyring, whose key could not read the old copies. */
  clear(): Promise<void> {
    return this.#run(async (store) => {
      for (const name of await store.list()) if (parseSlotName(name)) await store.remove(name);
      this.#rows.clear();
      this.#manifest = undefined;
    });
  }

  /** Resolves when every operation asked for so far has finished. */
  idle(): Promise<void> {
    return this.#run(async () => undefined);
  }

  /** How many rows are mirrored and the bytes of their newest copies. */
  size(): { rows: number; bytes: number } {
    let bytes = 0;
    for (const entry of this.#rows.values()) bytes += entry.bytes;
    return { rows: this.#rows.size, bytes };
  }

  close(): void {
    this.#store?.close();
  }

  #run<T>(work: (store: MirrorFileStore) => Promise<T>, fallback?: T): Promise<T> {
    const next = this.#queue.then(async () => {
      await this.ready();
      const store = this.#store;
      if (!store) return fallback as T;
      try {
        const result = await work(store);
        if (this.#health.state === 'failing') this.#health = { state: 'working' };
        return result;
      } catch (error) {
        this.#health = { state: 'failing', reason: message(error) };
        return fallback as T;
      }
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #open(): Promise<void> {
    let store: MirrorFileStore;
    try {
      store = await this.#openStore();
    } catch (error) {
      this.#health = { state: 'unavailable', reason: message(error) };
      return;
    }
    try {
      const bases = new Set<string>();
      for (const name of await store.list()) {
        const parsed = parseSlotName(name);
        if (parsed) bases.add(parsed.base);
      }
      for (const base of bases) {
        const found = await this.#readNewest(store, base, base === MANIFEST_BASE ? 'manifest' : 'row');
        if (found) this.#lastSeq = Math.max(this.#lastSeq, found.file.seq);
        if (base === MANIFEST_BASE) {
          const value = found && manifestBody(found.file);
          if (found && value) this.#manifest = { slot: found.slot, value };
          continue;
        }
        const body = found && rowBody(found.file);
        if (found && body?.row) {
          this.#rows.set(base, { table: body.table, key: body.key, slot: found.slot, seq: found.file.seq, bytes: found.bytes });
        } else {
          // Deleted (only its tombstone is left) or damaged in both slots: nothing worth keeping.
          for (const slot of SLOTS) await store.remove(slotName(base, slot));
        }
      }
      this.#store = store;
      this.#health = { state: 'working' };
    } catch (error) {
      store.close();
      this.#health = { state: 'unavailable', reason: message(error) };
    }
  }

  /** The newer of the two slots that holds a whole file of the expected kind. */
  async #readNewest(store: MirrorFileStore, base: string, kind: MirrorFile['kind']): Promise<{ slot: Slot; file: MirrorFile; bytes: number } | undefined> {
    let best: { slot: Slot; file: MirrorFile; bytes: number } | undefined;
    for (const slot of SLOTS) {
      const bytes = await store.read(slotName(base, slot));
      const file = bytes && decodeMirrorFile(bytes);
      if (!bytes || !file || file.kind !== kind) continue;
      if (kind === 'row' && !rowBody(file)) continue;
      if (!best || file.seq > best.file.seq) best = { slot, file, bytes: bytes.length };
    }
    return best;
  }

  #nextSeq(): number {
    this.#lastSeq = Math.max(Math.floor(this.#now() * 1000), this.#lastSeq + 1);
    return this.#lastSeq;
  }

  async #put(store: MirrorFileStore, table: string, key: unknown, row: object): Promise<string> {
    const base = rowBaseName(table, key);
    const slot = this.#rows.get(base)?.slot === 'a' ? 'b' : 'a';
    const seq = this.#nextSeq();
    const bytes = encodeMirrorFile({ kind: 'row', seq, body: { table, key, row } });
    // The index moves to the new slot only once the write has succeeded; until then the old slot is the newest.
    await store.write(slotName(base, slot), bytes);
    this.#rows.set(base, { table, key, slot, seq, bytes: bytes.length });
    return base;
  }

  /** A tombstone goes into the free slot first, so a kill before both files are gone cannot bring the row back. */
  async #delete(store: MirrorFileStore, base: string): Promise<void> {
    const entry = this.#rows.get(base);
    if (!entry) return;
    const free = entry.slot === 'a' ? 'b' : 'a';
    await store.write(slotName(base, free), encodeMirrorFile({ kind: 'row', seq: this.#nextSeq(), body: { table: entry.table, key: entry.key, row: null } }));
    this.#rows.delete(base);
    await store.remove(slotName(base, entry.slot));
    await store.remove(slotName(base, free));
  }

  /** Oldest rows go first; the rows just written always stay. */
  async #prune(store: MirrorFileStore, keep: ReadonlySet<string>): Promise<void> {
    let { rows, bytes } = this.size();
    if (rows <= this.#limits.maxRows && bytes <= this.#limits.maxBytes) return;
    const oldest = [...this.#rows].filter(([base]) => !keep.has(base)).sort(([, a], [, b]) => a.seq - b.seq);
    for (const [base, entry] of oldest) {
      if (rows <= this.#limits.maxRows && bytes <= this.#limits.maxBytes) break;
      // The older slot first: if the kill comes between, the newest copy is what is left.
      const older = entry.slot === 'a' ? 'b' : 'a';
      await store.remove(slotName(base, older));
      await store.remove(slotName(base, entry.slot));
      this.#rows.delete(base);
      rows -= 1;
      bytes -= entry.bytes;
    }
  }
}
