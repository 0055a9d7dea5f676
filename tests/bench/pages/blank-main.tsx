/**
 * The floor page: bare Vite + React + Dexie that opens the plain copy of the caseload, reads
 * every family and draws the first FAMILY_PAGE_SIZE of them (as many cards as the app shows) with
 * the same facts (names, children, carers), and nothing else: no router, no styles, no fonts, no
 * validation, no sorting rules, no decryption.
 *
 * With `?unlock` it first shows a passphrase field and an Unlock button; on submit it derives a
 * key with bare PBKDF2-SHA256 (`&iterations=`, as many as the app's keyring) and only then opens
 * the database and lists the families: the floor for "unlock to families list visible".
 *
 * With `?path` it waits for `#family=<id>`, then reads that family, its meetings and its actions
 * from the plain copy and draws its name and a "What to do next" line: the floor for opening a
 * family's page with its path.
 *
 * With `?copy` it opens the plain copy and shows a "Make and save the copies" button; pressed, it
 * sends the plain HTML the harness gave it (window.__benchFloorHtml) to the harness's printer,
 * records the copy as the app does (window.__benchFloorRecords: the minutes row with one more copy on
 * its distribution list, the audit entry and the trail's end, in one raw transaction) and says the
 * file is saved: the floor for making and saving a PDF copy.
 */
import Dexie from 'dexie';
import { useEffect, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { FAMILY_PAGE_SIZE, PBKDF2_ITERATIONS, PLAIN_DATABASE_NAME } from '../profile';
import { openRaw, rawPutCopyRecords, type CopyRecords } from '../browser/raw-idb';

interface FamilyRecord {
  id: string;
  familyName: string;
  carers: Array<{ name: string }>;
  children: Array<{ name: string }>;
}

declare global {
  interface Window {
    /** Milliseconds the PBKDF2 derivation took, read by the harness for its note. */
    __benchDeriveMs?: number;
  }
}

async function deriveKey(passphrase: string, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const salt = crypto.getRandomValues(new Uint8Array(16));
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
}

function Families() {
  const [families, setFamilies] = useState<FamilyRecord[] | undefined>(undefined);
  useEffect(() => {
    const db = new Dexie(PLAIN_DATABASE_NAME);
    void db
      .open()
      .then(() => db.table<FamilyRecord, string>('families').toArray())
      .then(setFamilies);
    return () => db.close();
  }, []);
  return (
    <main>
      <h1>Families</h1>
      {families && (
        <ul id="families">
          {families.slice(0, FAMILY_PAGE_SIZE).map((f) => (
            <li key={f.id}>
              <h2>{f.familyName}</h2>
              <p>Children: {f.children.map((c) => c.name).join(', ')}</p>
              <p>Parents and carers: {f.carers.map((c) => c.name).join(', ')}</p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}

interface Dated {
  familyId: string;
  status?: string;
}

function FamilyPathFloor() {
  const [shown, setShown] = useState<{ name: string; meetings: number; open: number } | null>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const db = new Dexie(PLAIN_DATABASE_NAME);
    // Opened before the move, as the app's database is once unlocked.
    void db.open().then(() => setOpen(true));
    const show = async () => {
      const id = /^#family=(.+)$/.exec(location.hash)?.[1];
      if (id === undefined) return;
      // The records the app's page reads for the family and its path (readPathData, the plan's actions).
      const byFamily = (table: string) => db.table<Dated, string>(table).where('familyId').equals(id).toArray();
      const [family, meetings, actions] = await Promise.all([
        db.table<FamilyRecord, string>('families').get(id),
        byFamily('meetings'),
        byFamily('actions'),
        ...['plans', 'consentEvents', 'timetables', 'meetingRecords', 'minutes', 'audit'].map(byFamily),
      ]);
      setShown({ name: family?.familyName ?? 'Not found', meetings: meetings.length, open: actions.filter((a) => a.status === 'not-started' || a.status === 'in-progress').length });
    };
    const onHash = () => void show();
    addEventListener('hashchange', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
      db.close();
    };
  }, []);
  if (shown === null) return <main data-open={open} />;
  return (
    <main>
      <h1>{shown.name}</h1>
      <section>
        <h2>What to do next</h2>
        <p>
          {shown.meetings} meetings, {shown.open} open actions.
        </p>
      </section>
    </main>
  );
}

interface CopyFloorWindow {
  __benchFloorHtml?: string;
  __benchFloorRecords?: CopyRecords;
  __benchPrint?: (html: string) => Promise<string>;
}

function CopyFloor() {
  const [saved, setSaved] = useState<string | null>(null);
  const [db, setDb] = useState<IDBDatabase | null>(null);
  useEffect(() => {
    // Opened before the click, as the app's database is once unlocked.
    const opening = openRaw(PLAIN_DATABASE_NAME);
    void opening.then(setDb);
    return () => void opening.then((opened) => opened.close());
  }, []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const floorWindow = window as CopyFloorWindow;
    const records = floorWindow.__benchFloorRecords;
    if (!db || !records) throw new Error('The copy floor has no database or no records to write.');
    const pdf = Uint8Array.from(atob(await (floorWindow.__benchPrint?.(floorWindow.__benchFloorHtml ?? '') ?? Promise.resolve(''))), (c) => c.charCodeAt(0));
    await rawPutCopyRecords(db, records, new Date().toISOString());
    setSaved(`Minutes (PDF) for the family: saved as floor-${pdf.byteLength}.pdf.`);
  }
  return (
    <main>
      <h1>Save and share copies</h1>
      <form onSubmit={(e) => void submit(e)}>
        <button type="submit" disabled={db === null}>
          Make and save the copies
        </button>
      </form>
      {saved && <p role="status">{saved}</p>}
    </main>
  );
}

function Unlock({ iterations }: { iterations: number }) {
  const [passphrase, setPassphrase] = useState('');
  const [unlocked, setUnlocked] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const start = performance.now();
    await deriveKey(passphrase, iterations);
    window.__benchDeriveMs = performance.now() - start;
    setUnlocked(true);
  }
  if (unlocked) return <Families />;
  return (
    <main>
      <h1>Locked</h1>
      <form onSubmit={(e) => void submit(e)}>
        <label htmlFor="passphrase">Passphrase</label>
        <input id="passphrase" type="password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        <button type="submit">Unlock</button>
      </form>
    </main>
  );
}

const params = new URLSearchParams(location.search);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    params.has('unlock') ? <Unlock iterations={Number(params.get('iterations') ?? PBKDF2_ITERATIONS)} /> : params.has('path') ? <FamilyPathFloor /> : params.has('copy') ? <CopyFloor /> : <Families />,
  );
}
