import { describe, expect, it } from 'vitest';
import { practitionerCsv, serviceCsv } from '../../../renderer/features/directory/csv-kinds';
import { readImportFile } from '../../../renderer/features/directory/import-view';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readImportFile', () => {
  it('gives a preview of every row when the whole file is good', () => {
    const file = utf8('\uFEFFName,Role,Agency,Phone,Secure email\r\nȘtefan Rădulescu,Youth worker,Youth Service,0113 496 0003,\r\n');
    expect(readImportFile(practitionerCsv, 'team.csv', file)).toEqual({
      step: 'preview',
      fileName: 'team.csv',
      rows: [{ name: 'Ștefan Rădulescu', role: 'Youth worker', agency: 'Youth Service', phone: '0113 496 0003', secureEmail: '' }],
    });
  });

  it('lists every problem by line and column, and offers nothing to import', () => {
    const file = utf8(
      ['Name,Role,Agency,Phone,Secure email', 'Sam Patel,School nurse,Health,0113 496 0000,sam@nhs.net', 'Jo Bloggs,,Housing,,jo at housing', 'Kim Wu,SENCO,School,,'].join('\n'),
    );
    expect(readImportFile(practitionerCsv, 'bad.csv', file)).toEqual({
      step: 'problems',
      fileName: 'bad.csv',
      problems: [
        'Line 3, role: Enter the role',
        'Line 3, secure email: Enter the secure email address in the right form, for example name@example.org.uk',
        'Line 4, phone: Enter a phone number or a secure email address',
      ],
    });
  });

  it('says a missing column is missing', () => {
    const view = readImportFile(serviceCsv, 'services.csv', utf8('Name,What they offer\nStay and Play,Play sessions\n'));
    expect(view.step).toBe('problems');
    if (view.step === 'problems') expect(view.problems[0]).toMatch(/^Line 1, who it is for: The column "Who it is for" is missing/);
  });

  it('turns a file that is not UTF-8 text into one message, without taking focus from the button', () => {
    const view = readImportFile(practitionerCsv, 'x.csv', Uint8Array.from([0x4e, 0x61, 0x6d, 0x65, 0xff]));
    expect(view).toMatchObject({ step: 'message', tone: 'problem', takeFocus: false });
  });
});
