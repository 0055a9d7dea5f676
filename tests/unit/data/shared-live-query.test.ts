import 'fake-indexeddb/auto';
import Dexie, { type Subscribable, type Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetSharedLiveQueries, prefetch, sharedLiveQuery } from '../../../renderer/data/shared-live-query';

class NotesDatabase extends Dexie {
  notes!: Table<{ id: string; text: string }, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ notes: 'id' });
  }
}

let db: NotesDatabase;
let n = 0;
let reads = 0;

beforeEach(async () => {
  db = new NotesDatabase(`shared-live-query-${++n}`);
  await db.open();
  await db.notes.add({ id: 'a', text: 'first' });
  reads = 0;
});

afterEach(async () => {
  forgetSharedLiveQueries();
  db.close();
  await db.delete();
});

const readNotes = async () => {
  reads += 1;
  return (await db.notes.toArray()).map((note) => note.text);
};
const notes = (owner: object = db) => sharedLiveQuery(owner, 'notes', readNotes);

/** Watches `query` until it gives a value matching `wanted` (the first value if none given). */
function valueOf<T>(query: Subscribable<T>, wanted: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve, reject) => {
    const watch = query.subscribe({
      next: (value) => {
        if (!wanted(value)) return;
        queueMicrotask(() => watch.unsubscribe());
        resolve(value);
      },
      error: reject,
    });
  });
}

describe('a shared live query', () => {
  it('is one query per owner and key', () => {
    expect(notes()).toBe(notes());
    expect(notes({})).not.toBe(notes());
    expect(sharedLiveQuery(db, 'other', readNotes)).not.toBe(notes());
  });

  it('started early is picked up by whoever watches later, without reading again', async () => {
    prefetch(notes());
    await vi.waitFor(() => expect(reads).toBe(1)); // read with nobody watching
    await db.notes.get('a'); // a turn for a second read, were one to start
    expect(await valueOf(notes())).toEqual(['first']);
    expect(reads).toBe(1);
  });

  it('gives every watcher what changes in the database', async () => {
    const query = notes();
    expect(await valueOf(query)).toEqual(['first']);
    const changed = valueOf(query, (texts) => texts.length === 2);
    await db.notes.add({ id: 'b', text: 'second' });
    expect(await changed).toEqual(['first', 'second']);
  });

  it('is forgotten when the app locks: watchers are told it is complete and the next watcher reads afresh', async () => {
    const query = notes();
    let completed = false;
    const watch = query.subscribe({ complete: () => (completed = true) });
    expect(await valueOf(query)).toEqual(['first']);
    forgetSharedLiveQueries();
    expect(completed).toBe(true);
    watch.unsubscribe();
    expect(notes()).not.toBe(query);
    expect(await valueOf(notes())).toEqual(['first']);
    expect(reads).toBe(2);
  });

  it('passes a failed read to its watchers and is then forgotten, so the next watcher tries again', async () => {
    let fail = true;
    const failing = () => sharedLiveQuery(db, 'failing', async () => {
      if (fail) throw new Error('locked');
      return readNotes();
    });
    const first = failing();
    await expect(valueOf(first)).rejects.toThrow('locked');
    fail = false;
    expect(failing()).not.toBe(first);
    expect(await valueOf(failing())).toEqual(['first']);
  });
});
