import { liveQuery, type Subscribable, type Subscription } from 'dexie';

/** How long a query nobody watches keeps reading, so a page that asked for it early still finds it. */
export const SHARED_QUERY_LINGER_MS = 3000;

interface Observer<T> {
  next?: (value: T) => void;
  error?: (error: unknown) => void;
  complete?: () => void;
}

interface Entry<T> extends Subscribable<T> {
  /** Stops reading and forgets the value; whoever still watches is told the query is complete. */
  end(): void;
}

type Queries = Map<string, Entry<unknown>>;

const byOwner = new WeakMap<object, Queries>();
const live = new Set<Entry<unknown>>();

/**
 * One live query per `owner` (the repositories it reads) and `key`, started by whoever asks first
 * and shared with everyone after: a route can start a page's reads when the address changes and
 * the page, rendering later, finds them under way (or done) instead of starting its own. Each new
 * watcher is given the latest value at once. Once nobody watches (or nobody came), the reads stop
 * after `SHARED_QUERY_LINGER_MS` and the query is forgotten.
 */
export function sharedLiveQuery<T>(owner: object, key: string, querier: () => Promise<T>): Subscribable<T> {
  let queries = byOwner.get(owner);
  if (!queries) {
    queries = new Map();
    byOwner.set(owner, queries);
  }
  const found = queries.get(key) as Entry<T> | undefined;
  if (found) return found;
  const entry = createEntry(querier, () => {
    if (queries.get(key) === entry) queries.delete(key);
  });
  queries.set(key, entry as Entry<unknown>);
  return entry;
}

/**
 * Starts a shared query reading now, for a page about to ask for it: it watches and at once stops
 * watching, so the reads go on for `SHARED_QUERY_LINGER_MS` for the page to pick up.
 */
export function prefetch(query: Subscribable<unknown>): void {
  query.subscribe({ error: () => undefined }).unsubscribe();
}

/**
 * Stops and forgets every shared query, with what each has read (the app locks). Watchers are told
 * each query is complete, so whoever watches again later starts it afresh.
 */
export function forgetSharedLiveQueries(): void {
  for (const entry of [...live]) entry.end();
}

function createEntry<T>(querier: () => Promise<T>, forget: () => void): Entry<T> {
  const observers = new Set<Observer<T>>();
  let source: Subscription | undefined;
  let latest: { value: T } | undefined;
  let linger: ReturnType<typeof setTimeout> | undefined;

  const stop = () => {
    clearTimeout(linger);
    linger = undefined;
    source?.unsubscribe();
    source = undefined;
    latest = undefined;
    live.delete(entry as Entry<unknown>);
    forget();
  };
  const idle = () => {
    if (observers.size > 0 || linger !== undefined) return;
    linger = setTimeout(stop, SHARED_QUERY_LINGER_MS);
  };
  const start = () => {
    live.add(entry as Entry<unknown>);
    source = liveQuery(querier).subscribe({
      next: (value) => {
        latest = { value };
        for (const o of [...observers]) o.next?.(value);
      },
      error: (error: unknown) => {
        const watching = [...observers];
        observers.clear();
        stop();
        for (const o of watching) o.error?.(error);
      },
    });
  };

  const entry: Entry<T> = {
    subscribe(observer) {
      const o: Observer<T> = {
        next: observer.next?.bind(observer),
        error: observer.error?.bind(observer),
        complete: observer.complete?.bind(observer),
      };
      observers.add(o);
      clearTimeout(linger);
      linger = undefined;
      if (!source) start();
      else if (latest) o.next?.(latest.value);
      return {
        unsubscribe() {
          if (observers.delete(o)) idle();
        },
      };
    },
    end() {
      const watching = [...observers];
      observers.clear();
      stop();
      for (const o of watching) o.complete?.();
    },
  };
  return entry;
}
