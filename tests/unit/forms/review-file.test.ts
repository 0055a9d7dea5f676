/**
 * The family's review file end to end without a browser: the content sealed with the code, the
 * page built with its CSP, the reply sealed to the chair and read back, and every way a reply can
 * be wrong told apart.
 */
import { describe, expect, it } from 'vitest';
import { formRuntime } from 'virtual:form-runtime';
import { codeFromBytes, formatCode, normaliseCode } from '../../../shared/forms/code';
import { formEnvelopeSchema } from '../../../shared/forms/envelope';
import { formCsp, formHtml } from '../../../shared/forms/html';
import { readReplyText, REPLY_END, writeReplyText } from '../../../shared/forms/reply-text';
import { replyMismatch, replyProblem, responseFromReply, reviewReplySchema, type ReviewReply } from '../../../shared/forms/review';
import { recordFamilyResponse } from '../../../shared/minutes/workflow';
import { makeChairKeys, openForm, openReply, sealForm, sealReply } from '../../../renderer/forms/crypto';
import { reviewFixture } from './review-fixture';
import { MUM_SECRETS } from '../minutes/fixtures';

const CODE = '7K3M9QXR2TWA';
const NOW = '2026-11-23T10:00:00.000Z';

function replyFor(f: ReturnType<typeof reviewFixture>, change: Partial<ReviewReply> = {}): ReviewReply {
  return reviewReplySchema.parse({
    kind: 'family-review-reply',
    replyId: 'reply-000000000001',
    formId: f.formId,
    familyId: f.row.familyId,
    meetingId: f.row.meetingId,
    minutesId: f.row.id,
    version: f.row.version,
    personId: f.person.id,
    personName: f.person.name,
    answer: 'agreed-with-changes',
    words: '',
    sections: [{ sectionId: 'family-views', answer: 'wrong', words: 'I said mornings are hard, not evenings.' }],
    givenOn: '2026-11-22',
    ...change,
  });
}

describe('the code', () => {
  it('is 12 characters read forgivingly', () => {
    const code = codeFromBytes(new Uint8Array(Array.from({ length: 12 }, (_, i) => i * 7)));
    expect(code).toHaveLength(12);
    expect(normaliseCode(formatCode(code).toLowerCase())).toBe(code);
    expect(normaliseCode('7k3m-9qxr-2twa')).toBe(CODE);
    expect(normaliseCode('OIL0 9QXR 2TWA')).toBe('01109QXR2TWA');
    expect(normaliseCode('7K3M 9QXR 2TW')).toBeNull();
    expect(normaliseCode('7K3M 9QXR 2TWU')).toBeNull();
  });
});

describe('the form file', () => {
  it('opens only with its code, and its content is bound to its id', async () => {
    const f = reviewFixture();
    const envelope = await sealForm({ kind: 'family-review', formId: f.formId, publicInfo: f.publicInfo, code: CODE, payload: f.payload });
    expect(formEnvelopeSchema.parse(envelope)).toEqual(envelope);
    const opened = await openForm(envelope, CODE);
    expect(JSON.parse(opened?.json ?? 'null')).toEqual(f.payload);
    expect(await openForm(envelope, '7K3M9QXR2TWB')).toBeNull();
    expect(await openForm({ ...envelope, formId: 'another-form-id-0001' }, CODE)).toBeNull();
    expect(await openForm({ ...envelope, kind: 'school-briefing' }, CODE)).toBeNull();
  });

  it("carries Dad's copy with Mum's hidden details left out", async () => {
    const f = reviewFixture();
    const envelope = await sealForm({ kind: 'family-review', formId: f.formId, publicInfo: f.publicInfo, code: CODE, payload: f.payload });
    const json = (await openForm(envelope, CODE))?.json ?? '';
    expect(json).toContain('football');
    for (const secret of MUM_SECRETS) expect(json).not.toContain(secret);
  });

  it('is one page with a strict policy, the font inline, nothing readable without the code, under 1 MB', async () => {
    const f = reviewFixture();
    const envelope = await sealForm({ kind: 'family-review', formId: f.formId, publicInfo: f.publicInfo, code: CODE, payload: f.payload });
    const html = formHtml(envelope, formRuntime);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/]+=*'/);
    expect(html).toContain('font/woff2;base64,');
    // Nothing outside the program points anywhere, and the page loads nothing from anywhere.
    expect(html.replace(/<script>[\s\S]*<\/script>/, '')).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/);
    for (const secret of [f.person.name, 'football', f.row.familyId]) expect(html).not.toContain(secret);
    expect(html).toContain(f.publicInfo.from);
    expect(new TextEncoder().encode(html).length).toBeLessThan(1024 * 1024);
    expect(formCsp('a', 'b')).not.toBe(formCsp('a', 'c'));
  });
});

describe('the reply', () => {
  it('is sealed to the chair and read back exactly', async () => {
    const f = reviewFixture();
    const keys = await makeChairKeys();
    const reply = replyFor(f);
    const text = writeReplyText(await sealReply(f.formId, keys.publicJwk, reply));
    const read = readReplyText(`Hello Sam,\n\n> ${text.split('\n').join('\n> ')}\nThanks`);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(reviewReplySchema.parse(await openReply(read.sealed, keys.privateJwk))).toEqual(reply);
    const other = await makeChairKeys();
    expect(await openReply(read.sealed, other.privateJwk)).toBeNull();
  });

  it('says plainly when it is cut short, changed, or not a reply', async () => {
    const f = reviewFixture();
    const keys = await makeChairKeys();
    const text = writeReplyText(await sealReply(f.formId, keys.publicJwk, replyFor(f)));
    expect(readReplyText(text.slice(0, text.indexOf(REPLY_END) - 10))).toMatchObject({ ok: false, message: expect.stringContaining('cut short') });
    const lines = text.split('\n');
    const changed = lines.map((line, i) => (i === 2 ? `${line.slice(0, 10)}${line[10] === 'A' ? 'B' : 'A'}${line.slice(11)}` : line)).join('\n');
    expect(readReplyText(changed)).toMatchObject({ ok: false, message: expect.stringContaining('changed or damaged') });
    expect(readReplyText('Dear Sam, all fine.')).toMatchObject({ ok: false, message: expect.stringContaining('not a reply') });
    expect(readReplyText('')).toMatchObject({ ok: false, message: 'Paste the reply, or choose the reply file.' });
  });

  it('is recorded exactly as an answer given on the laptop, with how given: review file', () => {
    const f = reviewFixture();
    const reply = replyFor(f);
    expect(replyMismatch(reply, f.row, f.file, { familyId: f.row.familyId, meetingId: f.row.meetingId })).toBeNull();
    const recorded = recordFamilyResponse(f.row, responseFromReply(reply, { recordedAt: NOW, recordedBy: 'Sam Taylor', today: '2026-11-23' }));
    expect(recorded.ok).toBe(true);
    if (!recorded.ok) return;
    const response = recorded.row.responses[0];
    expect(response).toMatchObject({ how: 'review-file', kind: 'agreed-with-changes', givenBy: { personId: f.person.id, name: f.person.name }, givenOn: '2026-11-22' });
    expect(response?.sections).toEqual(reply.sections);
    expect(recorded.row.events.at(-1)?.details).toBe(`${f.person.name} agreed the minutes with changes, in the review file.`);
    // A phone's clock ahead of ours: recorded as today.
    expect(responseFromReply(replyFor(f, { givenOn: '2026-12-25' }), { recordedAt: NOW, recordedBy: 'Sam Taylor', today: '2026-11-23' }).givenOn).toBe('2026-11-23');
  });

  it('for another version, family or person is refused with a clear message', () => {
    const f = reviewFixture();
    const at = { familyId: f.row.familyId, meetingId: f.row.meetingId };
    expect(replyMismatch(replyFor(f, { version: 2 }), f.row, f.file, at)).toContain('version 2 of the minutes, not version 1');
    expect(replyMismatch(replyFor(f, { familyId: 'another-family-01' }), f.row, f.file, at)).toContain('another family');
    expect(replyMismatch(replyFor(f, { personId: 'person-bob-0001' }), f.row, f.file, at)).toContain(`made for ${f.person.name}`);
  });

  it('needs their words when they do not agree', () => {
    expect(replyProblem({ answer: 'disagrees', words: '', sections: [] })).toContain('do not agree');
    expect(replyProblem({ answer: 'agreed-with-changes', words: ' ', sections: [{ sectionId: 'worries', answer: 'right', words: 'x' }] })).toContain('changes');
    expect(replyProblem({ answer: 'agreed', words: '', sections: [] })).toBeNull();
  });
});
