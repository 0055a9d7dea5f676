import { describe, expect, it } from 'vitest';
import { ATTENDANCE_CSV_EXAMPLE, readAttendanceCsv } from '../../../shared/briefing/attendance-csv';

const TERMS = { thisTerm: 'Autumn term 2026', lastTerm: 'Summer term 2026' };

describe('attendance pasted as CSV', () => {
  it('reads the example, this term and last term', () => {
    expect(readAttendanceCsv(ATTENDANCE_CSV_EXAMPLE, TERMS)).toEqual({
      ok: true,
      thisTerm: { possible: '120', attended: '111', late: '4' },
      lastTerm: { possible: '130', attended: '122', late: '2' },
    });
  });

  it('takes columns in any order and case, ignores other columns, and accepts "Autumn 2026" for "Autumn term 2026"', () => {
    const csv = '\uFEFFPupil,LATE,Attended,term,Possible sessions,Notes\r\nLeo,3,100,autumn 2026,110,"fine, really"\r\n';
    expect(readAttendanceCsv(csv, TERMS)).toEqual({ ok: true, thisTerm: { possible: '110', attended: '100', late: '3' }, lastTerm: null });
  });

  it('reads a paste with no late sessions column', () => {
    expect(readAttendanceCsv('Term,Sessions possible,Sessions attended\nSummer term 2026,130,120', TERMS)).toEqual({
      ok: true,
      thisTerm: null,
      lastTerm: { possible: '130', attended: '120', late: '' },
    });
  });

  it('names the missing columns and what the first line has instead', () => {
    expect(readAttendanceCsv('Term,Sessions,Present %\nAutumn term 2026,120,92.5', TERMS)).toEqual({
      ok: false,
      problems: [
        'Line 1 must name the columns: Term, Sessions possible, Sessions attended and, if you have them, Late sessions. These columns are missing: Sessions possible, Sessions attended. The line has “Term”, “Sessions”, “Present %”.',
      ],
    });
    expect(readAttendanceCsv('Term,Sessions possible,Attended,Sessions attended\nAutumn term 2026,120,100,100', TERMS)).toEqual({
      ok: false,
      problems: ['Line 1: there are two “Sessions attended” columns. Keep one.'],
    });
  });

  it('says which line has a term that is neither this term nor last term, or a term twice', () => {
    const csv = 'Term,Sessions possible,Sessions attended\nAutumn term 2026,120,100\nSpring term 2026,110,100\nAutumn 2026,120,100\n,1,1';
    expect(readAttendanceCsv(csv, TERMS)).toEqual({
      ok: false,
      problems: [
        'Line 3: “Spring term 2026” is not this term (Autumn term 2026) or last term (Summer term 2026). Correct the term, or remove the line',
        'Line 4: Autumn term 2026 is on more than one line. Keep one line for it',
        'Line 5: the Term is empty. Write Autumn term 2026 or Summer term 2026',
      ],
    });
  });

  it('says which line and column a figure is wrong in', () => {
    const csv = 'Term,Sessions possible,Sessions attended,Late sessions\nAutumn term 2026,120,130,2\nSummer term 2026,abc,100,';
    expect(readAttendanceCsv(csv, TERMS)).toEqual({
      ok: false,
      problems: [
        'Line 2, Sessions attended: The sessions attended for the Autumn term 2026 (130) cannot be more than the sessions possible (120)',
        'Line 3, Sessions possible: The number of sessions possible for the Summer term 2026 must be a whole number, like 120',
      ],
    });
    expect(readAttendanceCsv('Term,Sessions possible,Sessions attended\nAutumn term 2026,,', TERMS)).toEqual({
      ok: false,
      problems: ['Line 2: there are no figures for Autumn term 2026'],
    });
  });

  it('says so when nothing, or only the column names, was pasted, or a quote is not closed', () => {
    expect(readAttendanceCsv('   ', TERMS)).toEqual({ ok: false, problems: ['Paste the figures first: nothing was pasted'] });
    expect(readAttendanceCsv('Term,Sessions possible,Sessions attended', TERMS)).toEqual({
      ok: false,
      problems: ['There are no figures under the column names: add a line for this term or last term'],
    });
    const unclosed = readAttendanceCsv('Term,Sessions possible,Sessions attended\n"Autumn term 2026,120,100', TERMS);
    expect(unclosed.ok).toBe(false);
    if (!unclosed.ok) expect(unclosed.problems[0]).toMatch(/^Line 2: A quotation mark/);
  });
});
