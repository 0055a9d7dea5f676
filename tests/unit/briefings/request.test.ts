import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRequestFile, readRequestReference, requestReference, writeRequestFile } from '../../../shared/briefing/request';
import { writeBriefingFile } from '../../../shared/briefing/file-format';
import { filledBody, request } from './fixtures';

const encode = (s: string) => new TextEncoder().encode(s);

describe('the reference a chair copies into an email', () => {
  it('reads back as the same request, even when an email wraps it across lines', () => {
    const reference = requestReference(request());
    expect(reference).toMatch(/^TAREQ1-[A-Za-z0-9_-]+-[0-9a-f]{8}$/);
    expect(readRequestReference(reference)).toEqual({ ok: true, request: request() });
    const wrapped = `  ${reference.slice(0, 40)}\n> ${reference.slice(40, 90)}\r\n${reference.slice(90)}  `.replace('> ', '');
    expect(readRequestReference(wrapped)).toEqual({ ok: true, request: request() });
  });

  it('keeps names in any script, and a request that names nobody from the directory', () => {
    const r = request({ child: { name: 'Ștefan Rădulescu محمد', dateOfBirth: '2015-09-01' }, askedOf: { practitionerId: null, name: '', agency: 'Ysgol Gymraeg' } });
    expect(readRequestReference(requestReference(r))).toEqual({ ok: true, request: r });
  });

  it('refuses a reference that is cut short, changed, or not a reference, saying what to do', () => {
    const reference = requestReference(request());
    expect(readRequestReference('')).toEqual({ ok: false, message: 'Paste the reference the chair of the meeting sent you.' });
    expect(readRequestReference('Hello, please send a briefing')).toEqual({
      ok: false,
      message: 'This is not a briefing request reference. A reference starts with “TAREQ1-”. Copy it again from the chair’s email.',
    });
    const cut = readRequestReference(reference.slice(0, -12));
    expect(cut).toEqual({ ok: false, message: expect.stringContaining('This reference is not complete or has been changed') });
    fc.assert(
      fc.property(fc.integer({ min: 'TAREQ1-'.length, max: reference.length - 1 }), fc.constantFrom(...'ABCxyz019_-'), (at, ch) => {
        fc.pre(reference[at] !== ch);
        const changed = `${reference.slice(0, at)}${ch}${reference.slice(at + 1)}`;
        expect(readRequestReference(changed).ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('the request file', () => {
  it('reads back as the same request', () => {
    expect(readRequestFile(writeRequestFile(request()))).toEqual({ ok: true, request: request() });
  });

  it('refuses what is not a request, with a message for each', () => {
    expect(readRequestFile(new Uint8Array())).toMatchObject({ ok: false, message: expect.stringContaining('This file is empty') });
    expect(readRequestFile(encode('{"format":'))).toMatchObject({ ok: false, message: expect.stringContaining('damaged or incomplete') });
    expect(readRequestFile(writeBriefingFile(filledBody()))).toMatchObject({ ok: false, message: expect.stringContaining('This is a finished briefing, not a request for one.') });
    expect(readRequestFile(encode('{"name":"something else"}'))).toMatchObject({ ok: false, message: expect.stringContaining('This file is not a request for a briefing.') });
    expect(readRequestFile(encode(JSON.stringify({ format: 'team-around-briefing-request', formatVersion: 2, request: request() })))).toMatchObject({
      ok: false,
      message: expect.stringContaining('newer version of Team Around'),
    });
    expect(readRequestFile(encode(JSON.stringify({ format: 'team-around-briefing-request', formatVersion: 1, request: { ...request(), childId: 'x' } })))).toMatchObject({
      ok: false,
      message: expect.stringContaining('missing something or has been changed'),
    });
  });
});
