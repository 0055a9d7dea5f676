import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exportPractitionersCsv,
  exportServicesCsv,
  importPractitionersCsv,
  importServicesCsv,
} from '../../../shared/csv/directory-csv';
import { escapeFormula, unescapeFormula } from '../../../shared/csv/csv-write';
import type { LocalServiceInput, PractitionerInput } from '../../../shared/domain/directory';
import { stripControlCharacters } from '../../../shared/rules/text';

const HEADER = 'Name,Role,Agency,Phone,Secure email';

const people: PractitionerInput[] = [
  { name: "Seán O'Brien", role: 'Designated safeguarding lead', agency: 'Oak Lane Primary', phone: '0113 496 0001', secureEmail: 'dsl@oaklane.sch.uk' },
  { name: 'Aoife O’Brien', role: 'Health visitor', agency: 'Leeds Community Healthcare', phone: '+44 113 496 0002', secureEmail: 'aoife.obrien@nhs.net' },
  { name: 'Siobhán Ní Bhriain', role: 'Family support worker', agency: 'Early Help Hub, "North"', phone: '', secureEmail: 'siobhan@leeds.gov.uk' },
  { name: 'Ștefan Rădulescu', role: 'Youth worker', agency: 'Youth Service', phone: '0113 496 0003', secureEmail: '' },
  { name: 'محمد حداد', role: 'Housing officer', agency: 'Housing, Leeds', phone: '0113 496 0004', secureEmail: 'm.haddad@leeds.gov.uk' },
  { name: 'Llŷr Evans', role: 'School nurse', agency: 'School nursing', phone: '0113 496 0005', secureEmail: 'llyr.evans@nhs.net' },
  { name: '-Dash Start', role: '=Role', agency: '@Agency', phone: '0113 496 0006', secureEmail: '' },
];

describe('practitioner CSV import', () => {
  it('reads a good file with a byte-order mark, CRLF and quoted commas', () => {
    const text = `\uFEFF${HEADER}\r\n"O'Brien, Seán",DSL,"Oak Lane, Primary",0113 496 0001,dsl@oaklane.sch.uk\r\n`;
    expect(importPractitionersCsv(text)).toEqual({
      ok: true,
      rows: [{ name: "O'Brien, Seán", role: 'DSL', agency: 'Oak Lane, Primary', phone: '0113 496 0001', secureEmail: 'dsl@oaklane.sch.uk' }],
    });
  });

  it('accepts headings in any order, case and known other names, and a missing optional column', () => {
    const text = 'email,AGENCY, name ,Job title\nsam@nhs.net,Health,Sam Patel,School nurse\n';
    expect(importPractitionersCsv(text)).toEqual({
      ok: true,
      rows: [{ name: 'Sam Patel', role: 'School nurse', agency: 'Health', phone: '', secureEmail: 'sam@nhs.net' }],
    });
  });

  it('reports a bad row by line and field, and imports nothing', () => {
    const text = [
      HEADER,
      'Sam Patel,School nurse,Health,0113 496 0000,sam@nhs.net',
      'Jo Bloggs,,Housing,0113 496 0001,',
      'Ann Lee,Teacher,School,call the office,ann@school',
      'Kim Wu,SENCO,School,0113 496 0002,kim@school.sch.uk',
    ].join('\n');
    expect(importPractitionersCsv(text)).toEqual({
      ok: false,
      errors: [
        { line: 3, field: 'Role', message: 'Enter the role' },
        { line: 4, field: 'Phone', message: 'Enter the phone number using digits, for example 01632 960 123 or +44 7700 900 123' },
        { line: 4, field: 'Secure email', message: 'Enter the secure email address in the right form, for example name@example.org.uk' },
      ],
    });
  });

  it('counts lines inside quoted line breaks when reporting', () => {
    const text = `${HEADER}\r\nSam Patel,"School\r\nnurse",Health,0113 496 0000,\r\n\r\nJo Bloggs,Worker,,0113 496 0001,\r\n`;
    expect(importPractitionersCsv(text)).toEqual({
      ok: false,
      errors: [{ line: 5, field: 'Agency', message: 'Enter the agency or organisation' }],
    });
  });

  it('needs a phone number or secure email', () => {
    expect(importPractitionersCsv(`${HEADER}\nSam Patel,School nurse,Health,,\n`)).toEqual({
      ok: false,
      errors: [{ line: 2, field: 'Phone', message: 'Enter a phone number or a secure email address' }],
    });
  });

  it.each([
    ['an empty file', '', [{ line: 1, field: '', message: 'The file is empty' }]],
    ['a file with only a byte-order mark and blank lines', '\uFEFF\r\n\r\n', [{ line: 1, field: '', message: 'The file is empty' }]],
    ['headings but no rows', `${HEADER}\r\n`, [{ line: 1, field: '', message: 'The file has column headings but no rows under them' }]],
    [
      'a missing required column',
      'Name,Agency,Phone\nSam,Health,0113 496 0000\n',
      [{ line: 1, field: 'Role', message: 'The column "Role" is missing. The columns are: Name, Role, Agency, Phone, Secure email' }],
    ],
    [
      'an unknown column',
      `${HEADER},Mobile\nSam,Nurse,Health,0113 496 0000,,07700 900000\n`,
      [{ line: 1, field: 'Mobile', message: '"Mobile" is not a column we know. Rename or remove it. The columns are: Name, Role, Agency, Phone, Secure email' }],
    ],
    [
      'a repeated column',
      'Name,Role,Agency,Phone,Telephone\nSam,Nurse,Health,1,2\n',
      [{ line: 1, field: 'Phone', message: 'The column "Phone" appears more than once' }],
    ],
    [
      'semicolons between columns',
      'Name;Role;Agency\nSam;Nurse;Health\n',
      [{ line: 1, field: '', message: 'The columns are separated by semicolons. Save the file as "CSV UTF-8 (comma delimited)" and try again' }],
    ],
    [
      'a row with extra cells',
      `${HEADER}\nSam Patel,Nurse,Health,0113 496 0000,sam@nhs.net,oops\n`,
      [{ line: 2, field: '', message: 'This row has more cells than there are column headings (6, not 5). A comma may need to be inside quotation marks' }],
    ],
    [
      'a row with too few cells',
      `${HEADER}\nSam Patel,Nurse,Health\n`,
      [{ line: 2, field: '', message: 'This row has 3 cells but there are 5 column headings. Part of the row may be on the next line' }],
    ],
    [
      'an unclosed quotation mark',
      `${HEADER}\nSam Patel,Nurse,Health,0113 496 0000,sam@nhs.net\nJo,"Worker,Housing,0113 496 0001,\nAnn,Teacher,School,0113 496 0002,\n`,
      [{ line: 3, field: '', message: 'A quotation mark (") on this line is not closed, so the rest of the file cannot be read. Check the line for a missing "' }],
    ],
    [
      'the same person twice',
      `${HEADER}\nSam Patel,Nurse,Health,0113 496 0000,\nsam patel,School nurse,health,0113 496 0009,\n`,
      [{ line: 3, field: '', message: 'This row repeats line 2. Remove one of them' }],
    ],
    [
      'a column of data with no heading',
      'Name,Role,Agency,,Phone\nSam,Nurse,Health,extra,0113 496 0000\n',
      [{ line: 1, field: '', message: 'Column 4 has no heading. Add a heading or remove the column' }],
    ],
  ])('refuses %s with a plain message', (_what, text, errors) => {
    expect(importPractitionersCsv(text)).toEqual({ ok: false, errors });
  });

  it('ignores trailing empty columns from a spreadsheet', () => {
    const result = importPractitionersCsv(`${HEADER},,\nSam Patel,Nurse,Health,0113 496 0000,,,\n`);
    expect(result).toEqual({ ok: true, rows: [{ name: 'Sam Patel', role: 'Nurse', agency: 'Health', phone: '0113 496 0000', secureEmail: '' }] });
  });
});

describe('practitioner CSV export', () => {
  it('writes UTF-8 with a byte-order mark, CRLF and quotes where needed', () => {
    const csv = exportPractitionersCsv([people[2]!, people[4]!]);
    expect(csv).toBe(
      '\uFEFFName,Role,Agency,Phone,Secure email\r\n' +
        'Siobhán Ní Bhriain,Family support worker,"Early Help Hub, ""North""",,siobhan@leeds.gov.uk\r\n' +
        'محمد حداد,Housing officer,"Housing, Leeds",0113 496 0004,m.haddad@leeds.gov.uk\r\n',
    );
  });

  it('makes cells that a spreadsheet would run as formulas harmless', () => {
    const csv = exportPractitionersCsv([people[1]!, people[6]!]);
    expect(csv.split('\r\n')[1]).toBe("Aoife O’Brien,Health visitor,Leeds Community Healthcare,'+44 113 496 0002,aoife.obrien@nhs.net");
    expect(csv.split('\r\n')[2]).toBe("'-Dash Start,'=Role,'@Agency,0113 496 0006,");
  });

  it('round trips every name exactly, including non-Latin and right-to-left scripts', () => {
    const back = importPractitionersCsv(exportPractitionersCsv(people));
    expect(back).toEqual({ ok: true, rows: people });
  });

  it('round trips any text that passes validation (property)', () => {
    const cell = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).map((s) => s.trim()).filter((s) => s.length > 0 && stripControlCharacters(s) === s);
    fc.assert(
      fc.property(fc.array(fc.record({ name: cell, role: cell, agency: cell }), { minLength: 1, maxLength: 5 }), (rows) => {
        const list = rows.map((r, i) => ({ ...r, name: `${r.name} ${i}`, phone: '0113 496 0000', secureEmail: '' }));
        expect(importPractitionersCsv(exportPractitionersCsv(list))).toEqual({ ok: true, rows: list });
      }),
      { numRuns: 200 },
    );
  });
});

describe('formula escaping', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+44 7700 900123', "'+44 7700 900123"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tTab', "'\tTab"],
    ["'=already", "''=already"],
    ["O'Brien", "O'Brien"],
    ["'quoted'", "'quoted'"],
    ['Plain', 'Plain'],
  ])('%j is written as %j and read back unchanged', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
    expect(unescapeFormula(escaped)).toBe(cell);
  });
});

describe('local services CSV', () => {
  const services: LocalServiceInput[] = [
    {
      name: 'Little Steps Children’s Centre',
      offer: 'Stay and play, baby massage,\nparenting courses',
      forWhom: 'Families with children under 5',
      howToRefer: 'Families can self-refer by phone',
      phone: '0113 496 0100',
      email: 'littlesteps@leeds.gov.uk',
      website: 'www.example.org.uk/little-steps',
      notes: '',
    },
    {
      name: 'Cymorth Llŷr',
      offer: 'Welsh-language family support',
      forWhom: 'Welsh-speaking families',
      howToRefer: '=Referral form on the website',
      phone: '',
      email: '',
      website: 'https://example.cymru',
      notes: 'Ask for Ștefan',
    },
  ];

  it('round trips, keeping line breaks inside cells', () => {
    expect(importServicesCsv(exportServicesCsv(services))).toEqual({ ok: true, rows: services });
  });

  it('reports missing required fields by line', () => {
    const text = 'Name,What they offer,Who it is for,How to refer\nFood bank,Food parcels,Anyone,\n';
    expect(importServicesCsv(text)).toEqual({ ok: false, errors: [{ line: 2, field: 'How to refer', message: 'Enter the referral details' }] });
  });
});
