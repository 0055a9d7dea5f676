/**
 * The renderer-start floor: a bare Vite + React + Dexie page that opens the same database and
 * lists the same families with the same facts (names, children, carers), and nothing else:
 * no router, no styles, no fonts, no validation, no sorting rules.
 */
import Dexie from 'dexie';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface FamilyRecord {
  id: string;
  familyName: string;
  carers: Array<{ name: string }>;
  children: Array<{ name: string }>;
}

function Families() {
  const [families, setFamilies] = useState<FamilyRecord[] | undefined>(undefined);
  useEffect(() => {
    const db = new Dexie('team-around');
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
          {families.map((f) => (
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

const root = document.getElementById('root');
if (root) createRoot(root).render(<Families />);
