/**
 * Bench seeding only: rows sealed exactly as the encryption middleware seals them (the same
 * `sealingInput`/`sealedRow` around the AES-256-GCM step, the same table layouts from `layoutOf`,
 * the same schema version and key), but encrypted with Web Crypto, natively and in parallel, before
 * the IndexedDB transaction instead of one by one in JavaScript inside it. The app reads them back
 * through its middleware like any row it wrote itself (decision 0005).
 *
 * What to write is not listed here: `rowsOf` runs the caseload's own batch write on a connection
 * whose lowest layer keeps the values it is given and writes nothing, so a table added to that
 * write is sealed here too. That connection opens the same schema in memory (fake-indexeddb, its
 * own factory): on Chromium's IndexedDB its transactions would wait behind the writes in flight.
 * Tables a batch reads back and adds to (the families list's pages, 0060) are also written there,
 * in clear and in memory only, so the next batch finds what the ones before it wrote.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { IDBFactory, IDBKeyRange as MemoryKeyRange } from 'fake-indexeddb';
import { layoutOf } from '../../../renderer/data/crypto/encryption-middleware';
import type { KeySession } from '../../../renderer/data/crypto/key-session';
import { sealedRow, sealingInput, type SealingLayout } from '../../../renderer/data/crypto/record-sealing';
import { TeamAroundDatabase, type DatabaseOptions } from '../../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema';

/** Rows per table, in the order the write put them, as IndexedDB would have been given them. */
export type TableRows = Map<string, object[]>;

/** The encryption middleware's level: values are captured where it would have sealed them. */
const CAPTURE_LEVEL = -10;

/** Tables each batch reads and adds to: kept in the capturing connection's memory as well as captured. */
const ACCUMULATED = new Set(['familyListPages']);

function dryRun(values: readonly unknown[], keyOf: (value: unknown) => unknown): DBCoreMutateResponse {
  const results = values.map((value) => keyOf(value));
  return { numFailures: 0, failures: {}, results, lastResult: results[results.length - 1] };
}

/** Keeps every value put or added into `sink`; writes nothing but the accumulated tables' rows (in memory). */
function captureMiddleware(layouts: Map<string, SealingLayout>, sink: () => TableRows): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'BenchCaseloadCapture',
    level: CAPTURE_LEVEL,
    create(down: DBCore): Partial<DBCore> {
      for (const schema of down.schema.tables) layouts.set(schema.name, layoutOf(schema));
      return {
        ...down,
        table(name: string) {
          const table = down.table(name);
          const keyOf = (value: unknown) => table.schema.primaryKey.extractKey?.(value);
          return {
            ...table,
            mutate: (req: DBCoreMutateRequest) => {
              if (req.type !== 'put' && req.type !== 'add') return Promise.reject(new Error(`The caseload's batch write may only put rows, not ${req.type}.`));
              const rows = sink();
              rows.set(name, [...(rows.get(name) ?? []), ...(req.values as object[])]);
              return ACCUMULATED.has(name) ? table.mutate(req) : Promise.resolve(dryRun(req.values, keyOf));
            },
          };
        },
      };
    },
  };
}

/** Web Crypto takes ArrayBuffer-backed views only. */
function view(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** What sealing needs of Web Crypto (a test passes one that alters the additional data). */
export type SealingCrypto = Pick<SubtleCrypto, 'importKey' | 'encrypt'>;

export class FastSealer {
  /** The app's database with no middleware: sealed rows are written as they are. */
  readonly db: TeamAroundDatabase;
  readonly #capture: TeamAroundDatabase;
  readonly #layouts = new Map<string, SealingLayout>();
  readonly #session: KeySession;
  readonly #subtle: SealingCrypto;
  #captured: TableRows | undefined;
  #cryptoKey: { id: string; key: Promise<CryptoKey> } | undefined;

  constructor(name: string, session: KeySession, options: Omit<DatabaseOptions, 'encryption' | 'acceptUnsealedRows'> = {}, subtle: SealingCrypto = globalThis.crypto.subtle) {
    this.db = new TeamAroundDatabase(name, options);
    this.#capture = new TeamAroundDatabase(name, { indexedDB: new IDBFactory(), IDBKeyRange: MemoryKeyRange });
    this.#capture.use(
      captureMiddleware(this.#layouts, () => {
        if (!this.#captured) throw new Error('Only rowsOf() may write through the capturing connection.');
        return this.#captured;
      }),
    );
    this.#session = session;
    this.#subtle = subtle;
  }

  /** The rows `write` puts, per table, without writing them. One capture at a time. */
  async rowsOf(write: (db: TeamAroundDatabase) => Promise<void>): Promise<TableRows> {
    if (this.#captured) throw new Error('rowsOf() is already capturing another write.');
    const rows: TableRows = new Map();
    this.#captured = rows;
    try {
      await write(this.#capture);
      return rows;
    } finally {
      this.#captured = undefined;
    }
  }

  #key(): Promise<CryptoKey> {
    const key = this.#session.currentKey();
    if (this.#cryptoKey?.id !== key.id) {
      this.#cryptoKey = { id: key.id, key: this.#subtle.importKey('raw', new Uint8Array(key.bytes), 'AES-GCM', false, ['encrypt']) };
    }
    return this.#cryptoKey.key;
  }

  /** Every row sealed as the middleware would seal it, each counted as one encryption with the session's key. */
  async seal(rows: TableRows): Promise<TableRows> {
    const key = this.#session.currentKey();
    const cryptoKey = await this.#key();
    const sealed: TableRows = new Map();
    await Promise.all(
      [...rows].map(async ([table, values]) => {
        const layout = this.#layouts.get(table);
        if (!layout) throw new Error(`No sealing layout for "${table}": capture the rows first.`);
        const inputs = values.map((value) => {
          this.#session.countEncryption();
          return sealingInput(layout, value, key, CURRENT_SCHEMA_VERSION);
        });
        const encrypt = (input: (typeof inputs)[number]) =>
          this.#subtle.encrypt({ name: 'AES-GCM', iv: input.iv, additionalData: view(input.aad), tagLength: 128 }, cryptoKey, view(input.plain));
        sealed.set(table, await Promise.all(inputs.map(async (input) => sealedRow(input, new Uint8Array(await encrypt(input))))));
      }),
    );
    return sealed;
  }

  /** Writes sealed rows in one transaction, as they are. */
  async put(rows: TableRows): Promise<void> {
    const tables = [...rows.keys()].map((name) => this.db.table(name));
    await this.db.transaction('rw', tables, () => Promise.all([...rows].map(([name, values]) => this.db.table(name).bulkPut(values))));
  }

  close(): void {
    this.db.close();
    this.#capture.close();
  }
}
