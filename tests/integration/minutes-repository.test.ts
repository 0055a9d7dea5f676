import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createAuditRepository } from '../../renderer/data/repositories/audit';
import { createMinutesRepository } from '../../renderer/data/repositories/minutes';
import { minutesContentSchema, type FamilyResponseInput, type MinutesContent, type MinutesRow } from '../../shared/domain/minutes';
import { draftMarkingNeeded, minutesStatus, type AgreementTerms } from '../../shared/minutes/workflow';

let db: TeamAroundDatabase;
let n = 0;
let clock = Date.parse('2026-11-23T09:00:00.000Z');
const now = () => new Date((clock += 1000));
beforeEach(async () => {
  db = new TeamAroundDatabase(`minutes-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const FAMILY = 'family0000000001';
const MEETING = 'meeting000000001';
const MUM = 'carer00000000001';
/** The rule under which the latest answer decides (these tests give one answer at a time; the two-parent rules are in tests/unit/minutes/workflow.test.ts). */
const LATEST_ANSWER: AgreementTerms = { rule: 'one-agrees', family: { carers: [] }, invitees: [] };

function repos() {
  const audit = createAuditRepository(db, () => 'Sam Patel', now);
  return { audit, minutes: createMinutesRepository(db, audit, now) };
}

function content(wording = 'Ana said mornings are hard.'): MinutesContent {
  return minutesContentSchema.parse({
    familyId: FAMILY,
    meetingId: MEETING,
    title: 'Minutes: Team Around the Family review meeting',
    meetingName: 'Team Around the Family review meeting',
    meetingDate: '2026-11-23',
    chairName: 'Sam Patel',
    chairRole: 'Family support worker',
    venue: { kind: 'place', name: 'Larkfield Family Hub', address: '' },
    marking: 'OFFICIAL-SENSITIVE',
    practice: false,
    childNames: ['Tobi'],
    sections: [
      {
        id: 'family-views',
        heading: "The family's views",
        familyHeading: 'What you told us',
        blocks: [{ kind: 'paragraph', runs: [{ text: wording }] }],
        familyBlocks: [{ kind: 'paragraph', runs: [{ text: wording }] }],
      },
    ],
    childLetters: [],
    glossary: [],
    builtAt: '2026-11-23T10:00:00.000Z',
  });
}

function response(kind: FamilyResponseInput['kind'], words = '', id = 'response00000001'): FamilyResponseInput {
  return {
    id,
    kind,
    words,
    how: 'in-person-on-laptop',
    givenBy: { personId: MUM, name: 'Ana Ruiz' },
    givenOn: '2026-11-23',
    recordedAt: '2026-11-23T11:00:00.000Z',
    recordedBy: 'Sam Patel',
    sections: [{ sectionId: 'family-views', answer: kind === 'agreed' ? 'right' : 'wrong', words }],
  };
}

async function ok<T extends { ok: boolean }>(promise: Promise<T>): Promise<Extract<T, { ok: true }>> {
  const result = await promise;
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

async function finalVersion(): Promise<MinutesRow> {
  const { minutes } = repos();
  const { row } = await ok(minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel'));
  await ok(minutes.sendToFamily(row.id, content(), 'Sam Patel', 'On this laptop, after the meeting'));
  await ok(minutes.recordResponse(row.id, response('agreed')));
  return (await ok(minutes.finalise(row.id, content(), 'Sam Patel'))).row;
}

describe('minutes repository', () => {
  it('starts one draft per meeting, validated, and audits it without content', async () => {
    const { minutes, audit } = repos();
    const first = await ok(minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel'));
    expect(first.row.version).toBe(1);
    expect(minutesStatus(first.row)).toBe('draft');
    expect(await minutes.get(first.row.id)).toEqual(first.row);
    const again = await minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel');
    expect(again).toEqual({ ok: false, message: 'This meeting already has minutes. Carry on with them below.' });
    expect(await minutes.forMeeting(MEETING)).toHaveLength(1);
    const entries = await audit.forFamily(FAMILY);
    expect(entries.map((e) => [e.action, e.recordType, e.recordId])).toEqual([['create', 'minutes', first.row.id]]);
    expect(JSON.stringify(entries)).not.toContain('Sam Patel said');
  });

  it('keeps every step dated, in order, with an audit entry each', async () => {
    const { audit } = repos();
    const row = await finalVersion();
    expect(row.events.map((e) => e.step)).toEqual(['drafted', 'sent-to-family', 'family-responded', 'finalised']);
    expect(row.events.every((e) => !Number.isNaN(Date.parse(e.at)))).toBe(true);
    expect(row.events[1]?.details).toBe('On this laptop, after the meeting');
    expect(row.snapshot?.sections[0]?.blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Ana said mornings are hard.' }] }]);
    expect(minutesStatus(row)).toBe('final');
    expect(draftMarkingNeeded(row, LATEST_ANSWER)).toBe(false);
    const actions = (await audit.forFamily(FAMILY)).reverse().map((e) => e.action);
    expect(actions).toEqual(['create', 'update', 'update', 'update']);
  });

  it("keeps the family's words when they disagree, and refuses steps out of order", async () => {
    const { minutes } = repos();
    const { row } = await ok(minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel'));
    expect(await minutes.recordResponse(row.id, response('agreed'))).toEqual({
      ok: false,
      message: "The family's answer can be recorded once the minutes have been sent to them.",
    });
    expect(await minutes.finalise(row.id, content(), 'Sam Patel')).toMatchObject({ ok: false });
    await ok(minutes.sendToFamily(row.id, content(), 'Sam Patel', 'Review copy given by hand'));
    const missingWords = await minutes.recordResponse(row.id, { ...response('disagrees'), sections: [] });
    expect(missingWords).toEqual({ ok: false, message: 'Write down, in their own words, what the family does not agree with' });
    const disagreed = await ok(minutes.recordResponse(row.id, response('disagrees', 'I never said that about school.')));
    expect(draftMarkingNeeded(disagreed.row, LATEST_ANSWER)).toBe(true);
    const agreed = await ok(minutes.recordResponse(row.id, response('agreed', '', 'response00000002')));
    expect(agreed.row.responses.map((r) => [r.kind, r.words])).toEqual([
      ['disagrees', 'I never said that about school.'],
      ['agreed', ''],
    ]);
    expect(draftMarkingNeeded(agreed.row, LATEST_ANSWER)).toBe(false);
  });

  it('a correction makes version 2 with the reason; version 1 stays readable and unchanged in content', async () => {
    const { minutes, audit } = repos();
    const v1 = await finalVersion();
    const empty = await minutes.correct(v1.id, '   ', 'Sam Patel');
    expect(empty).toEqual({ ok: false, message: 'Say why the minutes are being corrected.' });
    const result = await ok(minutes.correct(v1.id, 'The date of the next meeting was wrong', 'Sam Patel'));
    expect(result.next.version).toBe(2);
    expect(result.next.correctionOf).toBe(v1.id);
    expect(result.next.correctionReason).toBe('The date of the next meeting was wrong');
    expect(result.next.earlierResponses.map((r) => [r.version, r.response.kind])).toEqual([[1, 'agreed']]);
    const versions = await minutes.forMeeting(MEETING);
    expect(versions.map((v) => [v.version, minutesStatus(v)])).toEqual([
      [1, 'superseded'],
      [2, 'draft'],
    ]);
    expect(versions[0]?.snapshot).toEqual(v1.snapshot);
    // A replaced version cannot be corrected again or sent again.
    expect(await minutes.correct(v1.id, 'Again', 'Sam Patel')).toMatchObject({ ok: false });
    const entries = (await audit.forFamily(FAMILY)).slice(0, 2).map((e) => [e.action, e.recordId]);
    expect(entries).toEqual([
      ['create', result.next.id],
      ['update', v1.id],
    ]);
  });

  it('records each copy on the distribution list and in the audit trail: document, version, format, recipient, basis', async () => {
    const { minutes, audit } = repos();
    const { row } = await ok(minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel'));
    const school = { id: 'agency:School', kind: 'agency' as const, name: 'School', role: '', agency: 'School' };
    const copy = { recipient: school, basis: { kind: 'consent' as const, consentId: 'consent000000001', summary: 'Ana gave consent' }, document: 'minutes' as const, format: 'docx' as const, version: 1, at: '2026-11-23T12:00:00.000Z', by: 'Sam Patel' };
    // Not before the minutes are final: the family sees them first.
    expect(await minutes.recordCopy(row.id, copy)).toEqual({ ok: false, message: 'Copies can go to others once the minutes are final. The family sees them first.' });
    // A safeguarding referral copy is never held back, and its reason is kept.
    const referral = await ok(
      minutes.recordCopy(row.id, { ...copy, recipient: { id: 'agency:Children’s social care', kind: 'agency', name: 'Children’s social care', role: '', agency: '' }, basis: { kind: 'safeguarding', reason: 'Tobi said he is scared to go home' }, format: 'pdf' }),
    );
    expect(referral.row.distribution.map((d) => [d.recipient.name, d.basis.kind, d.format])).toEqual([['Children’s social care', 'safeguarding', 'pdf']]);

    await ok(minutes.sendToFamily(row.id, content(), 'Sam Patel', 'On this laptop'));
    await ok(minutes.recordResponse(row.id, response('agreed')));
    await ok(minutes.finalise(row.id, content(), 'Sam Patel'));
    const shared = await ok(minutes.recordCopy(row.id, copy));
    expect(shared.row.distribution).toHaveLength(2);
    expect(minutesStatus(shared.row)).toBe('shared');

    const entries = await audit.forFamily(FAMILY);
    expect(entries[0]).toMatchObject({ action: 'share', recordType: 'minutes/minutes/v1/docx/consent', recordId: row.id, recipients: ['agency:School'] });
    const referralEntry = entries.find((e) => e.action === 'safeguarding-referral');
    expect(referralEntry).toMatchObject({ recordType: 'minutes/minutes/v1/pdf/safeguarding', recipients: ['agency:Children’s social care'] });
    // Metadata only: the reason and the content stay in the encrypted minutes row.
    expect(JSON.stringify(entries)).not.toContain('scared');
    expect(JSON.stringify(entries)).not.toContain('mornings');
  });

  it('adds a change the family asked for before the minutes are final, never after', async () => {
    const { minutes } = repos();
    const { row } = await ok(minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel'));
    await ok(minutes.sendToFamily(row.id, content(), 'Sam Patel', 'On this laptop'));
    await ok(minutes.recordResponse(row.id, response('agreed-with-changes', 'Rosa was there too')));
    expect(await minutes.addAmendment(row.id, { sectionId: 'family-views', text: '  ', reason: '' }, 'Sam Patel')).toEqual({ ok: false, message: 'Write the change.' });
    const changed = await ok(minutes.addAmendment(row.id, { sectionId: 'attendance', text: 'Rosa Diaz (aunt) came too.', reason: 'Ana asked for this' }, 'Sam Patel'));
    expect(changed.row.amendments.map((a) => [a.sectionId, a.text, a.reason, a.by])).toEqual([['attendance', 'Rosa Diaz (aunt) came too.', 'Ana asked for this', 'Sam Patel']]);
    await ok(minutes.finalise(row.id, content(), 'Sam Patel'));
    expect(await minutes.addAmendment(row.id, { sectionId: 'attendance', text: 'Too late', reason: '' }, 'Sam Patel')).toEqual({
      ok: false,
      message: 'These minutes are final. To change them, make a corrected version.',
    });
  });

  it('accepts a plain-language flag once, and takes it back', async () => {
    const { minutes } = repos();
    const { row } = await ok(minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel'));
    const flag = { sectionId: 'family-views' as const, kind: 'jargon' as const, text: 'safeguarding', acceptedAt: '2026-11-23T10:00:00.000Z', acceptedBy: 'Sam Patel' };
    await ok(minutes.acceptFlag(row.id, flag));
    const twice = await ok(minutes.acceptFlag(row.id, flag));
    expect(twice.row.acceptedFlags).toHaveLength(1);
    const back = await ok(minutes.unacceptFlag(row.id, flag));
    expect(back.row.acceptedFlags).toEqual([]);
  });

  it('reads every version of every meeting of one family in one read, and no other family', async () => {
    const { minutes } = repos();
    const first = await ok(minutes.startDraft({ id: MEETING, familyId: FAMILY }, 'Sam Patel'));
    const second = await ok(minutes.startDraft({ id: 'meeting000000002', familyId: FAMILY }, 'Sam Patel'));
    await ok(minutes.startDraft({ id: 'meeting000000003', familyId: 'family0000000002' }, 'Sam Patel'));
    const rows = await minutes.forFamily(FAMILY);
    expect(rows.map((r) => r.id).sort()).toEqual([first.row.id, second.row.id].sort());
    expect(await minutes.forFamily('family0000000009')).toEqual([]);
  });

  it('leaves out rows that fail the schema and says a damaged row cannot be changed', async () => {
    const { minutes } = repos();
    await db.minutes.put({ id: 'broken0000000001', familyId: FAMILY, meetingId: MEETING, version: 'one' });
    expect(await minutes.forMeeting(MEETING)).toEqual([]);
    expect(await minutes.forFamily(FAMILY)).toEqual([]);
    expect(await minutes.get('broken0000000001')).toBeUndefined();
    await expect(minutes.sendToFamily('broken0000000001', content(), 'Sam Patel', '')).rejects.toThrow('These minutes could not be read, so nothing was changed.');
    await expect(minutes.sendToFamily('nothing000000001', content(), 'Sam Patel', '')).rejects.toThrow('These minutes could not be found.');
  });
});
