/**
 * The families list read at unlock (docs/decisions/0060, "The list read starts at unlock"): when the
 * app opens on the families list, its read starts as soon as the database is open with the key,
 * beside the unlock's audit entries and the app's code loading, instead of after the list's first
 * render. The list's first render takes it once; its live query then answers every later change.
 *
 * It reads the list's first page (0063) when there is one it can trust, and the whole list otherwise.
 *
 * One per session: the lock and the next unlock drop it. A write to the summaries or their pages
 * after it began makes it out of date, so it is then never handed out.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import type { FamilySummary } from '../../shared/domain/family-summary';
import type { FamilyRepository } from './repositories/families';

/** What the list can draw before it has read every family. */
export interface FamilyListStart {
  /** Every family when `complete`; otherwise the first page's, in the list's order. */
  families: FamilySummary[];
  /** How many families there are. */
  count: number;
  complete: boolean;
}

export interface FamilyListPrefetch {
  /** Resolves once the read has finished or failed; never rejects. */
  readonly settled: Promise<void>;
  /** What was read, or undefined: not read yet, the read failed, the session ended or a write made it out of date. */
  current(): FamilyListStart | undefined;
}

/** The first page, or the whole list when there is no first page to trust. */
function readStart(families: FamilyRepository): Promise<FamilyListStart> {
  return families.firstPage().then(async (page) => {
    if (page) return { families: page.summaries, count: page.count, complete: page.summaries.length === page.count };
    const all = await families.list();
    return { families: all, count: all.length, complete: true };
  });
}

interface Slot {
  families: FamilyRepository;
  prefetch: FamilyListPrefetch;
  take(): void;
  drop(): void;
}

let slot: Slot | undefined;

const LIST_TABLES = ['familySummaries', 'familyListPages'];

/** Whether Dexie's report of a committed write names one of the list's tables in database `name`. */
export function touchesFamilyList(parts: ObservabilitySet, name: string): boolean {
  const prefixes = LIST_TABLES.map((table) => `idb://${name}/${table}/`);
  return Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)));
}

/**
 * Starts reading the list through `families` (of database `db`), dropping any read before it.
 * Only once the database is open and unlocked: this reads straight away.
 */
export function startFamilyListPrefetch(families: FamilyRepository, db: { name: string }): void {
  dropFamilyListPrefetch();
  let outdated = false;
  let taken = false;
  let done = false;
  let list: FamilyListStart | undefined;
  const onMutated = (parts: ObservabilitySet) => {
    if (touchesFamilyList(parts, db.name)) outdated = true;
  };
  // Listening begins before the read, so no write that could have come after the read began is missed.
  Dexie.on.storagemutated.subscribe(onMutated);
  const stop = () => Dexie.on.storagemutated.unsubscribe(onMutated);
  // Once taken and read, later writes are the live query's to follow.
  const finish = () => {
    if (taken && done) stop();
  };
  const settled = readStart(families).then(
    (read) => {
      list = read;
    },
    () => undefined,
  );
  void settled.then(() => {
    done = true;
    finish();
  });
  const prefetch: FamilyListPrefetch = { settled, current: () => (outdated ? undefined : list) };
  slot = {
    families,
    prefetch,
    take() {
      taken = true;
      slot = undefined;
      finish();
    },
    drop() {
      outdated = true;
      stop();
      slot = undefined;
    },
  };
}

/**
 * The read begun at unlock, if it was made through `families` and not yet taken. It stays until
 * `takeFamilyListPrefetch`, so a render made twice (React's strict mode) sees it both times.
 */
export function peekFamilyListPrefetch(families: FamilyRepository): FamilyListPrefetch | undefined {
  return slot?.families === families ? slot.prefetch : undefined;
}

/** The list's first render has it: no later render may use it (it would not follow later edits). */
export function takeFamilyListPrefetch(prefetch: FamilyListPrefetch): void {
  if (slot?.prefetch === prefetch) slot.take();
}

/** On lock, and before another unlock: no session sees another's list, even one still being read. */
export function dropFamilyListPrefetch(): void {
  slot?.drop();
}
