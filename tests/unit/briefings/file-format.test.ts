import { describe, expect, it } from 'vitest';
import { briefingBodyFrom, FIELD_IDS } from '../../../shared/briefing/authored';
import { canonicalJson } from '../../../shared/briefing/canonical';
import { briefingChecksum, MAX_BRIEFING_BYTES, writeBriefingFile, type BriefingFile } from '../../../shared/briefing/file-format';
import { BRIEFING_FILE_MESSAGES, readBriefingFile } from '../../../shared/briefing/read-file';
import { writeRequestFile } from '../../../shared/briefing/request';
import { emptySections } from '../../../shared/briefing/sections';
import { filledBody, filledBriefing, IDS, NOW, request, TODAY } from './fixtures';

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const json = (bytes: Uint8Array) => JSON.parse(decode(bytes)) as BriefingFile;

describe('a briefing, written, saved as a file and read back', () => {
  it('comes back field by field as the author entered it, trimmed', () => {
    const typed = filledBriefing();
    const read = readBriefingFile(writeBriefingFile(filledBody()));
    if (!read.ok) throw new Error(read.message);
    const { file } = read;
    expect(file.format).toBe('team-around-briefing');
    expect(file.formatVersion).toBe(1);
    expect(file.briefingId).toBe(IDS.briefing);
    expect(file.request).toEqual({ meetingId: IDS.meeting, childId: IDS.child });
    expect(file.kind).toBe('school-briefing');
    expect(file.author).toEqual({ name: 'Kim Wu', role: typed.author.role, agency: 'Oak Lane Primary School', practitionerId: IDS.practitioner });
    expect(file.writtenOn).toBe(TODAY);
    expect(file.child).toEqual({ name: 'Leo Ruiz', dateOfBirth: '2016-02-03' });
    expect(file.savedAt).toBe(NOW);
    expect(file.content.attendance).toEqual({
      thisTerm: { term: 'Autumn term 2026', sessionsPossible: 120, sessionsAttended: 105, lateSessions: 6 },
      lastTerm: { term: 'Summer term 2026', sessionsPossible: 130, sessionsAttended: 124, lateSessions: 0 },
    });
    expect(file.content.progressLevel).toBe('below');
    for (const [key, text] of Object.entries(typed.sections)) {
      expect(file.content[key as keyof typeof typed.sections], key).toBe(text.trim());
    }
    expect(Object.keys(file).sort()).toEqual(['author', 'briefingId', 'checksum', 'child', 'content', 'format', 'formatVersion', 'kind', 'request', 'savedAt', 'writtenOn']);
    expect(file.checksum).toEqual({ algorithm: 'SHA-256', value: briefingChecksum(file) });
  });

  it('carries only what the author entered for this child: nothing of the chair’s request beyond the ids', () => {
    const text = decode(writeBriefingFile(filledBody()));
    for (const fromRequest of ['Sam Taylor', 'Family support worker', '2026-12-03', '2026-11-20']) expect(text).not.toContain(fromRequest);
  });

  it('leaves out the practitioner id when the request named nobody from the directory', () => {
    const body = filledBody({ request: request({ askedOf: { practitionerId: null, name: '', agency: 'Oak Lane Primary School' } }) });
    const read = readBriefingFile(writeBriefingFile(body));
    expect(read.ok && read.file.author).toEqual({ name: 'Kim Wu', role: 'SENCO (special educational needs co-ordinator)', agency: 'Oak Lane Primary School' });
  });

  it('has a checksum that does not depend on the order of fields or the layout of the JSON', () => {
    const file = json(writeBriefingFile(filledBody()));
    const reordered = Object.fromEntries(Object.entries(file).reverse());
    const compact = encode(JSON.stringify(reordered));
    expect(readBriefingFile(compact)).toMatchObject({ ok: true });
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });

  it('reads a file saved with a byte-order mark, as some editors do', () => {
    const bytes = writeBriefingFile(filledBody());
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(readBriefingFile(withBom)).toMatchObject({ ok: true, file: { briefingId: IDS.briefing } });
  });

  it('makes a written report with no attendance or progress level, however they were left in the form', () => {
    const report = filledBriefing({ kind: 'written-report' });
    const checked = briefingBodyFrom(report, { now: NOW, today: TODAY });
    expect(checked.ok && checked.body.content.attendance).toBeNull();
    expect(checked.ok && checked.body.content.progressLevel).toBeNull();
  });
});

describe('checking a briefing before it is saved for the chair', () => {
  it('names every missing part and the field it belongs to', () => {
    const empty = filledBriefing({
      author: { name: ' ', role: '', agency: '' },
      writtenOn: '31/02/2026',
      child: { name: '', dateOfBirth: '' },
      attendance: { thisTerm: { possible: '100', attended: '120', late: '' }, lastTerm: { possible: '', attended: '', late: '' } },
      sections: emptySections(),
    });
    const checked = briefingBodyFrom(empty, { now: NOW, today: TODAY });
    expect(checked).toEqual({
      ok: false,
      problems: [
        { fieldId: FIELD_IDS.authorName, message: 'Enter your name' },
        { fieldId: FIELD_IDS.authorRole, message: 'Enter your role, for example Designated safeguarding lead' },
        { fieldId: FIELD_IDS.authorAgency, message: 'Enter the name of your school' },
        { fieldId: FIELD_IDS.writtenOn, message: 'The date you wrote this: That date does not exist: this month has 28 days' },
        { fieldId: FIELD_IDS.childName, message: 'Enter the child’s name' },
        { fieldId: FIELD_IDS.childDateOfBirth, message: 'Enter the child’s date of birth, for example 23/11/2026' },
        {
          fieldId: FIELD_IDS.figure('thisTerm', 'attended'),
          message: 'The sessions attended for the Autumn term 2026 (120) cannot be more than the sessions possible (100)',
        },
        { fieldId: FIELD_IDS.section('progress'), message: 'Write at least one section of the briefing before you save it for the chair' },
      ],
    });
  });

  it('refuses a date in the future, and how the child said something without what they said', () => {
    const checked = briefingBodyFrom(filledBriefing({ writtenOn: '24/11/2026', sections: { ...filledBriefing().sections, childsWords: '' } }), { now: NOW, today: TODAY });
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      expect(checked.problems.map((p) => p.message)).toEqual([
        'The date you wrote this cannot be in the future',
        'You said how and when the child said something: write what they said in “What the child has said in school, in their own words”',
      ]);
    }
  });

  it('names the terms from the date written', () => {
    const checked = briefingBodyFrom(filledBriefing({ writtenOn: '10/02/2026' }), { now: NOW, today: TODAY });
    expect(checked.ok && checked.body.content.attendance?.thisTerm?.term).toBe('Spring term 2026');
    expect(checked.ok && checked.body.content.attendance?.lastTerm?.term).toBe('Autumn term 2025');
  });
});

describe('refusing a file that cannot be used, each with its own message', () => {
  const good = () => json(writeBriefingFile(filledBody()));
  const bytesOf = (value: unknown) => encode(JSON.stringify(value, null, 2));

  it('empty, too large, not text, incomplete, damaged', () => {
    expect(readBriefingFile(new Uint8Array())).toEqual({ ok: false, problem: 'empty', message: BRIEFING_FILE_MESSAGES.empty });
    expect(readBriefingFile(encode(' \n '))).toMatchObject({ ok: false, problem: 'empty' });
    expect(readBriefingFile(new Uint8Array(MAX_BRIEFING_BYTES + 1).fill(32))).toMatchObject({ ok: false, problem: 'too-large', message: expect.stringContaining('larger than 2 MB') });
    expect(readBriefingFile(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))).toMatchObject({ ok: false, problem: 'not-text' });
    const whole = writeBriefingFile(filledBody());
    expect(readBriefingFile(whole.slice(0, Math.floor(whole.length / 2)))).toEqual({ ok: false, problem: 'truncated', message: BRIEFING_FILE_MESSAGES.truncated });
    expect(readBriefingFile(encode('{"format": "team-around-briefing",, }'))).toMatchObject({ ok: false, problem: 'damaged' });
  });

  it('not a briefing at all, or a request instead of a briefing', () => {
    expect(readBriefingFile(encode('[1,2,3]'))).toMatchObject({ ok: false, problem: 'unrelated' });
    expect(readBriefingFile(encode('{"name":"Team Around backup"}'))).toMatchObject({ ok: false, problem: 'unrelated' });
    expect(readBriefingFile(writeRequestFile(request()))).toMatchObject({ ok: false, problem: 'request-not-briefing', message: expect.stringContaining('This is a request for a briefing, not a briefing.') });
  });

  it('from a newer version', () => {
    expect(readBriefingFile(bytesOf({ ...good(), formatVersion: 2 }))).toMatchObject({ ok: false, problem: 'newer-version', message: expect.stringContaining('newer version of Team Around') });
  });

  it('names the part that is missing or unexpected', () => {
    const { checksum: _c, ...noChecksum } = good();
    expect(readBriefingFile(bytesOf(noChecksum))).toEqual({
      ok: false,
      problem: 'invalid',
      message: 'This briefing file cannot be used: its checksum is missing or not valid. Nothing was brought in. Ask the person who sent it to save it again from Team Around and send it to you again.',
    });
    const file = good();
    expect(readBriefingFile(bytesOf({ ...file, author: { ...file.author, name: '' } }))).toMatchObject({ message: expect.stringContaining('the author’s name is missing or not valid') });
    expect(readBriefingFile(bytesOf({ ...file, content: { ...file.content, behaviour: 42 } }))).toMatchObject({ message: expect.stringContaining('the section “Behaviour” is missing or not valid') });
    expect(readBriefingFile(bytesOf({ ...file, content: { ...file.content, familyAddress: '1 Oak Street' } }))).toMatchObject({
      problem: 'invalid',
      message: expect.stringContaining('it has something this version of Team Around does not expect (“familyAddress” in what it says)'),
    });
    expect(readBriefingFile(bytesOf({ ...file, extra: true }))).toMatchObject({ message: expect.stringContaining('(“extra”)') });
    const attendance = file.content.attendance;
    if (!attendance?.thisTerm) throw new Error('fixture has attendance');
    expect(
      readBriefingFile(bytesOf({ ...file, content: { ...file.content, attendance: { ...attendance, thisTerm: { ...attendance.thisTerm, sessionsAttended: 500 } } } })),
    ).toMatchObject({ message: expect.stringContaining('one of the attendance figures is missing or not valid') });
  });

  it('altered after it was saved', () => {
    const file = good();
    const altered = { ...file, content: { ...file.content, worries: 'Nothing to worry about.' } };
    expect(readBriefingFile(bytesOf(altered))).toEqual({ ok: false, problem: 'altered', message: BRIEFING_FILE_MESSAGES.altered });
    expect(readBriefingFile(bytesOf({ ...file, child: { ...file.child, name: 'Someone Else' } }))).toMatchObject({ problem: 'altered' });
  });
});
