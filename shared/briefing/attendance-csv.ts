/**
 * Attendance figures pasted from a school's records as CSV: a first line naming the columns, then
 * one line per term. Columns (in any order, any case; other columns are left alone):
 *
 *   Term, Sessions possible, Sessions attended, Late sessions (optional)
 *
 * Each term must be this term or last term ("Autumn term 2026" or "Autumn 2026"). Every problem
 * says which line and column it is on; nothing is filled in unless the whole paste can be used.
 */
import { readCsvTable } from '../csv/csv-table';
import { checkSessionFigures, type TypedFigures } from '../rules/school-attendance';

export const ATTENDANCE_CSV_EXAMPLE = 'Term,Sessions possible,Sessions attended,Late sessions\nAutumn term 2026,120,111,4\nSummer term 2026,130,122,2';

type Column = 'term' | 'possible' | 'attended' | 'late';

const COLUMN_NAMES: Record<Column, string> = {
  term: 'Term',
  possible: 'Sessions possible',
  attended: 'Sessions attended',
  late: 'Late sessions',
};

const ALIASES: Record<Column, readonly string[]> = {
  term: ['term', 'term name'],
  possible: ['sessions possible', 'possible sessions', 'possible'],
  attended: ['sessions attended', 'attended sessions', 'attended', 'sessions present', 'present'],
  late: ['late sessions', 'sessions late', 'late', 'lates'],
};

const normalise = (s: string) => s.trim().toLocaleLowerCase('en-GB').replace(/[_\s]+/g, ' ');
/** "Autumn term 2026", "autumn 2026", "AUTUMN TERM 2026" are the same term. */
const termKey = (s: string) => normalise(s).replace(/\bterm\b/g, '').replace(/\s+/g, ' ').trim();

export type AttendancePaste =
  | { ok: true; thisTerm: TypedFigures | null; lastTerm: TypedFigures | null }
  | { ok: false; problems: string[] };

export function readAttendanceCsv(text: string, terms: { thisTerm: string; lastTerm: string }): AttendancePaste {
  const table = readCsvTable(text);
  if (!table.ok) {
    return { ok: false, problems: table.errors.map((e) => (e.message === 'The file is empty' ? 'Paste the figures first: nothing was pasted' : `Line ${e.line}: ${e.message}`)) };
  }
  const [header, ...rows] = table.rows;
  if (!header) return { ok: false, problems: ['Paste the figures first: nothing was pasted'] };

  const problems: string[] = [];
  const index: Partial<Record<Column, number>> = {};
  header.cells.forEach((cell, i) => {
    const name = normalise(cell);
    for (const column of Object.keys(ALIASES) as Column[]) {
      if (!ALIASES[column].includes(name)) continue;
      if (index[column] !== undefined) problems.push(`Line ${header.line}: there are two “${COLUMN_NAMES[column]}” columns. Keep one.`);
      index[column] = i;
    }
  });
  const missing = (['term', 'possible', 'attended'] as const).filter((c) => index[c] === undefined).map((c) => COLUMN_NAMES[c]);
  if (missing.length > 0) {
    const found = header.cells.map((c) => `“${c.trim()}”`).join(', ');
    problems.push(
      `Line ${header.line} must name the columns: Term, Sessions possible, Sessions attended and, if you have them, Late sessions. ` +
        `${missing.length === 1 ? 'This column is' : 'These columns are'} missing: ${missing.join(', ')}. The line has ${found}.`,
    );
    return { ok: false, problems };
  }
  if (rows.length === 0) return { ok: false, problems: [...problems, 'There are no figures under the column names: add a line for this term or last term'] };

  const found: { thisTerm: TypedFigures | null; lastTerm: TypedFigures | null } = { thisTerm: null, lastTerm: null };
  const cell = (cells: string[], column: Column) => {
    const i = index[column];
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  for (const row of rows) {
    const term = cell(row.cells, 'term');
    const which = termKey(term) === termKey(terms.thisTerm) ? 'thisTerm' : termKey(term) === termKey(terms.lastTerm) ? 'lastTerm' : null;
    if (which === null) {
      problems.push(
        term === ''
          ? `Line ${row.line}: the Term is empty. Write ${terms.thisTerm} or ${terms.lastTerm}`
          : `Line ${row.line}: “${term.slice(0, 60)}” is not this term (${terms.thisTerm}) or last term (${terms.lastTerm}). Correct the term, or remove the line`,
      );
      continue;
    }
    if (found[which]) {
      problems.push(`Line ${row.line}: ${which === 'thisTerm' ? terms.thisTerm : terms.lastTerm} is on more than one line. Keep one line for it`);
      continue;
    }
    const figures: TypedFigures = { possible: cell(row.cells, 'possible'), attended: cell(row.cells, 'attended'), late: cell(row.cells, 'late') };
    const checked = checkSessionFigures(figures, which === 'thisTerm' ? terms.thisTerm : terms.lastTerm);
    if (!checked.ok) {
      for (const p of checked.problems) problems.push(`Line ${row.line}, ${COLUMN_NAMES[p.field]}: ${p.message}`);
      continue;
    }
    if (checked.figures === null) {
      problems.push(`Line ${row.line}: there are no figures for ${which === 'thisTerm' ? terms.thisTerm : terms.lastTerm}`);
      continue;
    }
    found[which] = figures;
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, ...found };
}
