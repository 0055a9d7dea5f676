import { describe, expect, it } from 'vitest';
import {
  AUTHORED_BRIEFING_FORMATS,
  COPY_BASES,
  COPY_FORMATS,
  INVITATION_FORMATS,
  MEETING_PACK_FORMATS,
  PLAIN_RECORD_TYPES,
  SETTINGS_KEYS,
  auditRecordType,
  parseRecordType,
  type AuditRecordType,
  type AuditSubject,
} from '../../../shared/domain/audit-vocabulary';
import { MINUTES_DOCUMENT_KINDS } from '../../../shared/domain/minutes';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../shared/rules/audit-chain';
import type { AuditRecord } from '../../../renderer/data/repositories/audit';
import { describeAction, describeRecord, describeSentence, recipientNames } from '../../../renderer/features/audit/audit-words';

/** Every record type the app can write today, each with the subject it must parse back to. */
function everyRecordType(): Array<[AuditRecordType, AuditSubject]> {
  const all: Array<[AuditRecordType, AuditSubject]> = [];
  for (const type of PLAIN_RECORD_TYPES) all.push([auditRecordType.plain(type), { kind: 'plain', type }]);
  for (const format of AUTHORED_BRIEFING_FORMATS) all.push([auditRecordType.authoredBriefingFile(format), { kind: 'authored-briefing-file', format }]);
  for (const format of INVITATION_FORMATS) all.push([auditRecordType.invitation(format), { kind: 'invitation', format }]);
  for (const format of MEETING_PACK_FORMATS) all.push([auditRecordType.meetingPack(format), { kind: 'meeting-pack', format }]);
  for (const document of MINUTES_DOCUMENT_KINDS) {
    for (const format of COPY_FORMATS) {
      for (const basis of COPY_BASES) all.push([auditRecordType.minutesCopy({ document, version: 3, format, basis }), { kind: 'minutes-copy', document, version: 3, format, basis }]);
    }
  }
  all.push([auditRecordType.reviewFile(2), { kind: 'review-file', version: 2 }]);
  all.push([auditRecordType.reviewReply(12), { kind: 'review-reply', version: 12 }]);
  for (const format of COPY_FORMATS) all.push([auditRecordType.ownerActions(format), { kind: 'owner-actions', format }]);
  return all;
}

const JARGON = /undefined|null|\[object|minutes\/|\/v\d|-briefing-|meeting-invitation|meeting-pack\/|[a-z]+-[a-z]+ record/;

describe('the audit vocabulary', () => {
  it('parses every record type its builders make back to what was built', () => {
    for (const [recordType, subject] of everyRecordType()) expect(parseRecordType(recordType)).toEqual(subject);
  });

  it('lets writers record only the types in the vocabulary', () => {
    const written: AuditRecord[] = [
      { action: 'export', recordType: auditRecordType.invitation('docx'), recordId: 'meeting000000001' },
      { action: 'view', recordType: 'family', recordId: 'family0000000001' },
      // @ts-expect-error: a type the vocabulary does not have does not compile
      { action: 'export', recordType: 'meeting-invitation-record', recordId: 'meeting000000001' },
      // @ts-expect-error: nor does a hand-built minutes copy
      { action: 'export', recordType: `minutes/minutes/v1/odt/family`, recordId: 'minutes000000001' },
    ];
    expect(written.map((r) => parseRecordType(r.recordType) === null)).toEqual([false, false, true, true]);
  });

  it('refuses to build a record type with a version that is not a whole number from 1', () => {
    expect(() => auditRecordType.reviewFile(0)).toThrow(RangeError);
    expect(() => auditRecordType.reviewReply(1.5)).toThrow(RangeError);
    expect(() => auditRecordType.minutesCopy({ document: 'minutes', version: Number.NaN, format: 'pdf', basis: 'family' })).toThrow(RangeError);
  });

  it('gives every record type and every action words a chair understands, never the stored string', () => {
    for (const [recordType] of everyRecordType()) {
      for (const action of AUDIT_ACTIONS) {
        const words = describeAction({ action, recordType, recordId: 'area' });
        expect(words, `${action} ${recordType}`).toMatch(/^[A-Z]/);
        expect(words, `${action} ${recordType}`).not.toMatch(JARGON);
      }
      expect(describeRecord({ recordType, recordId: 'abcdef0123' })).not.toMatch(JARGON);
    }
    for (const key of SETTINGS_KEYS) expect(describeAction({ action: 'update', recordType: 'settings', recordId: key })).not.toBe('Changed the settings');
  });

  it('still reads entries written with older strings, and falls back to plain words for unknown ones', () => {
    expect(parseRecordType('meeting-invitation')).toEqual({ kind: 'invitation', format: null });
    expect(parseRecordType('meeting-pack')).toEqual({ kind: 'meeting-pack', format: null });
    expect(describeAction({ action: 'export', recordType: 'meeting-invitation', recipients: [] })).toBe('Saved an invitation to a meeting as a file');
    expect(describeAction({ action: 'export', recordType: 'meeting-pack' })).toBe('Saved the meeting pack as a file');
    expect(describeAction({ action: 'export', recordType: 'authored-briefing-word' })).toBe('Saved a briefing written here as a Word file');
    expect(describeAction({ action: 'export', recordType: 'authored-briefing-briefing-file' })).toBe('Saved a briefing written here as a briefing file to send to the chair');
    expect(describeAction({ action: 'export', recordType: 'minutes/minutes/v1/docx/consent' })).toBe("Saved version 1 of the minutes (Word, with the family's consent) as a file");
    for (const unknown of ['something-new', 'minutes/unknown', 'minutes/letter/v1/odt/family', 'meeting-invitation/rtf', 'minutes/review-file/v0/html/family']) {
      expect(parseRecordType(unknown)).toBeNull();
      expect(describeAction({ action: 'export', recordType: unknown })).toBe('Saved a record as a file');
      expect(describeRecord({ recordType: unknown, recordId: 'abcdef0123' })).toBe('Record, reference ABCDEF');
    }
  });
});

describe('the two sentences that used to read wrongly', () => {
  const family = { carers: [{ id: 'carer00000000001', name: 'Priya Shah', relationship: 'Mum' }], children: [] };
  const names = recipientNames([family] as unknown as Parameters<typeof recipientNames>[0], []);
  const base = { seq: 1, at: '2026-11-23T09:15:00.000Z', actor: 'Jo Chair', prevHash: '0'.repeat(64), hash: 'f'.repeat(64) } as const;

  it('names the invitation letter, its format and who it is for', () => {
    const entry: AuditEntry = { ...base, action: 'export', recordType: auditRecordType.invitation('docx'), recordId: 'meeting000000001', familyId: 'f1', recipients: ['carer00000000001'] };
    expect(describeAction(entry, names)).toBe('Saved the invitation letter for Priya Shah as a Word file');
    expect(describeSentence(entry, names)).toBe('Jo Chair saved the invitation letter for Priya Shah as a Word file (reference MEETIN).');
    expect(describeAction({ ...entry, recordType: auditRecordType.invitation('ics') }, names)).toBe('Saved the calendar invitation for Priya Shah as a calendar file');
    // Entries written before the format was recorded.
    expect(describeAction({ ...entry, recordType: 'meeting-invitation' }, names)).toBe('Saved an invitation to a meeting for Priya Shah as a file');
    // Someone since removed is never shown by id.
    expect(describeAction({ ...entry, recipients: ['0123456789abcdef0123456789abcdef'] }, names)).toBe('Saved the invitation letter for someone no longer in the records as a Word file');
  });

  it("names the practitioner an open-actions list was saved for, and the file's format", () => {
    const practitioner = { id: 'prac000000000001', name: 'Sam Patel', role: 'School nurse', agency: 'Health', phone: '0113 496 0001', secureEmail: '' };
    const withSam = recipientNames([], [practitioner]);
    const entry: AuditEntry = { ...base, action: 'export', recordType: auditRecordType.ownerActions('pdf'), recordId: practitioner.id, recipients: [practitioner.id] };
    expect(describeAction(entry, withSam)).toBe('Saved the list of open actions for Sam Patel as a PDF file');
    expect(parseRecordType('owner-actions/html')).toBeNull();
  });

  it('says a restore from the second copy put back recent work, not that a backup was restored', () => {
    const entry: AuditEntry = { ...base, action: 'restore', recordType: 'storage', recordId: 'recent-work' };
    expect(describeAction(entry)).toBe("Put back recent work from the second copy after the browser's storage was reset");
    expect(describeSentence(entry)).toBe("Jo Chair put back recent work from the second copy after the browser's storage was reset.");
    expect(describeAction({ ...entry, recordType: 'backup', recordId: 'backup-x' })).toBe('Restored information from a backup');
  });

  it('names recipients in sentences by name, never by id', () => {
    const share: AuditEntry = { ...base, action: 'share', recordType: 'briefing-request', recordId: 'meeting000000001', familyId: 'f1', recipients: ['carer00000000001'] };
    expect(describeSentence(share, names)).toBe('Jo Chair asked Priya Shah for a briefing (reference MEETIN).');
    const form: AuditEntry = { ...share, recordType: 'briefing-request/form-file' };
    expect(describeSentence(form, names)).toBe('Jo Chair shared a request for a briefing as a form file (to open in a web browser) with Priya Shah (reference MEETIN).');
    const copy: AuditEntry = { ...base, action: 'export', recordType: auditRecordType.minutesCopy({ document: 'minutes', version: 1, format: 'pdf', basis: 'family' }), recordId: 'minutes000000001', recipients: ['carer00000000001'] };
    expect(describeSentence(copy, names)).toBe("Jo Chair saved version 1 of the minutes (PDF, the family's own copy) as a file for Priya Shah (reference MINUTE).");
  });
});
