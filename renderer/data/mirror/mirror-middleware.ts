/**
 * Keeps the second copy of recent work as a Dexie DBCore middleware, below the encryption
 * middleware, so it sees rows exactly as IndexedDB stores them: sealed. Repositories do not change.
 *
 * What a confirmed save means (docs/decisions/0018): a write to a mirrored table is reported done
 * (the Dexie promise resolves, so the SaveQueue shows "Saved") only after its IndexedDB transaction
 * has committed AND its copy has been written to the mirror and flushed. The copy is written only
 * after the commit, so the mirror never holds a change that IndexedDB rolled back. To hold Dexie
 * back until then, the transaction's `oncomplete` (which Dexie sets to settle its promise) is
 * captured, and called once the copy is written. If the mirror fails or takes longer than
 * `maxWaitMs`, the save is still reported: IndexedDB has it, and the mirror's health says why not.
 */
import { cmp, type DBCore, type DBCoreKeyRange, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { SEALED_FIELD } from '../crypto/record-sealing';
import { MIRRORED_TABLES, type MirrorOp, type RecentWorkMirror } from './recent-work-mirror';

export const MIRROR_MIDDLEWARE_NAME = 'RecentWorkMirror';
/** Below the encryption middleware (-10), so rows arrive sealed. */
const LEVEL = -20;
const DEFAULT_MAX_WAIT_MS = 5_000;

// DBCoreRangeType is a const enum, which isolated modules cannot import: its values are fixed by Dexie.
const RANGE_EQUAL = 1;
const RANGE_ANY = 3;
const RANGE_NEVER = 4;

export interface MirrorMiddlewareOptions {
  tables?: readonly string[];
  /** How long a commit waits for its copy before the save is reported anyway. */
  maxWaitMs?: number;
}

type Handler = ((this: unknown, event: Event) => unknown) | null;

function inRange(range: DBCoreKeyRange, key: unknown): boolean {
  switch (range.type as number) {
    case RANGE_ANY:
      return true;
    case RANGE_NEVER:
      return false;
    case RANGE_EQUAL:
      return cmp(key, range.lower) === 0;
    default: {
      const low = range.lower === undefined ? 1 : cmp(key, range.lower);
      const high = range.upper === undefined ? -1 : cmp(key, range.upper);
      return (range.lowerOpen ? low > 0 : low >= 0) && (range.upperOpen ? high < 0 : high <= 0);
    }
  }
}

function isSealed(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call((value as Record<string, unknown>)[SEALED_FIELD]) === '[object Uint8Array]';
}

function withTimeout(work: Promise<void>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** The changes a committed request made, as mirror operations. Rows that are not sealed are never copied. */
function opsFor(table: string, req: DBCoreMutateRequest, res: DBCoreMutateResponse): MirrorOp[] {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.flatMap((row: unknown, i: number): MirrorOp[] => {
        const key: unknown = res.results?.[i];
        if (res.failures[i] || key === undefined || !isSealed(row)) return [];
        return [{ type: 'put', table, key, row }];
      });
    case 'delete':
      return req.keys.flatMap((key: unknown, i: number): MirrorOp[] => (res.failures[i] ? [] : [{ type: 'delete', table, key }]));
    case 'deleteRange': {
      const { range } = req;
      return [{ type: 'delete-where', table, matches: (key) => inRange(range, key) }];
    }
  }
}

export function mirrorMiddleware(mirror: RecentWorkMirror, options: MirrorMiddlewareOptions = {}): Middleware<DBCore> {
  const mirrored = new Set(options.tables ?? MIRRORED_TABLES);
  const maxWaitMs = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  // Changes made in each open read-write transaction, waiting for its commit.
  const pending = new WeakMap<DBCoreTransaction, MirrorOp[]>();

  function watch(trans: DBCoreTransaction): void {
    const target = trans as DBCoreTransaction & EventTarget;
    const ops: MirrorOp[] = [];
    pending.set(trans, ops);
    let dexieOnComplete: Handler = null;
    // Dexie settles the transaction's promise from `oncomplete`; keep its handler and call it ourselves.
    // The getter answers null so that an implementation which reads the property when dispatching
    // (fake-indexeddb does) does not call it a second time.
    Object.defineProperty(target, 'oncomplete', {
      configurable: true,
      get: () => null,
      set: (handler: Handler) => {
        dexieOnComplete = handler;
      },
    });
    target.addEventListener('abort', () => pending.delete(trans));
    target.addEventListener('complete', (event) => {
      pending.delete(trans);
      const done = () => dexieOnComplete?.call(target, event);
      if (ops.length === 0) {
        done();
        return;
      }
      void withTimeout(mirror.apply(ops), maxWaitMs).then(done);
    });
  }

  return {
    stack: 'dbcore',
    name: MIRROR_MIDDLEWARE_NAME,
    level: LEVEL,
    create(down: DBCore): DBCore {
      const tables = new Map<string, DBCoreTable>();
      return {
        ...down,
        transaction(stores, mode, transactionOptions) {
          const trans = down.transaction(stores, mode, transactionOptions);
          if (mode === 'readwrite' && stores.some((name) => mirrored.has(name))) watch(trans);
          return trans;
        },
        table(name: string): DBCoreTable {
          const table = down.table(name);
          if (!mirrored.has(name)) return table;
          let wrapped = tables.get(name);
          if (!wrapped) {
            wrapped = {
              ...table,
              mutate: (req) =>
                table.mutate(req).then((res) => {
                  // Only transactions opened through this middleware are watched (not the upgrade transaction).
                  const ops = pending.get(req.trans);
                  if (ops) for (const op of opsFor(name, req, res)) ops.push(op);
                  return res;
                }),
            };
            tables.set(name, wrapped);
          }
          return wrapped;
        },
      };
    },
  };
}
