import { describe, expect, it } from 'vitest';
import { decodeCsvFile, describeProblem, downloadOutcome, encodeCsv, MAX_CSV_BYTES } from '../../../renderer/features/directory/csv-file';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeCsvFile', () => {
  it('reads UTF-8 text in any script and drops a byte-order mark', () => {
    const text = 'Name\nSiobhán Ní Bhriain\nȘtefan Rădulescu\nمحمد الحسن\nAoife O’Brien\n';
    expect(decodeCsvFile(utf8(`\uFEFF${text}`))).toEqual({ ok: true, text });
    expect(decodeCsvFile(utf8(text))).toEqual({ ok: true, text });
  });

  it('refuses text in another encoding rather than garbling names', () => {
    const latin1 = Uint8Array.from([...'Siobh'].map((c) => c.charCodeAt(0)).concat([0xe1, 0x6e]));
    const result = decodeCsvFile(latin1);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/not a CSV file saved as UTF-8 text.*CSV UTF-8 \(comma delimited\)/);
  });

  it('refuses UTF-16 text and binary files such as spreadsheets', () => {
    const utf16 = Uint8Array.from([0x4e, 0x00, 0x61, 0x00, 0x6d, 0x00, 0x65, 0x00]);
    expect(decodeCsvFile(utf16).ok).toBe(false);
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(decodeCsvFile(zip).ok).toBe(false);
  });

  it('refuses a file over the limit with its size, and accepts one at the limit', () => {
    const tooLarge = decodeCsvFile(new Uint8Array(MAX_CSV_BYTES + 1).fill(0x61));
    expect(tooLarge).toEqual({
      ok: false,
      message: 'This file is too large to import (5 MB). The most we can read at once is 5 MB: split it into smaller files and import each one.',
    });
    const sixMb = decodeCsvFile(new Uint8Array(6 * 1024 * 1024).fill(0x61));
    expect(sixMb.ok ? '' : sixMb.message).toMatch(/^This file is too large to import \(6 MB\)/);
    expect(decodeCsvFile(new Uint8Array(MAX_CSV_BYTES).fill(0x61)).ok).toBe(true);
  });
});

describe('describeProblem', () => {
  it('names the line and, in lower case, the column', () => {
    expect(describeProblem({ line: 4, field: 'Secure email', message: 'Enter a valid email address' })).toBe('Line 4, secure email: Enter a valid email address');
  });

  it('names only the line for a problem with the whole row', () => {
    expect(describeProblem({ line: 7, field: '', message: 'This row repeats line 3. Remove one of them' })).toBe('Line 7: This row repeats line 3. Remove one of them');
  });

  it('leaves the "and more problems" line without a line number', () => {
    expect(describeProblem({ line: 120, field: '', message: '…and 12 more problems. Fix these first, then import again' })).toBe(
      '…and 12 more problems. Fix these first, then import again',
    );
  });
});

describe('downloadOutcome', () => {
  it('says what was saved and where', () => {
    expect(downloadOutcome({ status: 'saved', fileName: 'practitioners.csv' }, '3 practitioners')).toEqual({
      tone: 'success',
      text: '3 practitioners saved as practitioners.csv.',
    });
  });

  it('says calmly that nothing was saved when the person cancels', () => {
    expect(downloadOutcome({ status: 'cancelled' }, 'x')).toEqual({ tone: 'info', text: 'Nothing was saved.' });
  });

  it('passes on the reason for a failure, never swallowing it', () => {
    expect(downloadOutcome({ status: 'failed', message: 'The disk is full.' }, 'x')).toEqual({ tone: 'problem', text: 'The file was not saved. The disk is full.' });
  });
});

describe('encodeCsv', () => {
  it('writes UTF-8 that decodes back to the same text', () => {
    const text = '\uFEFFName\r\nمحمد الحسن\r\n';
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(encodeCsv(text))).toBe(text);
  });
});
