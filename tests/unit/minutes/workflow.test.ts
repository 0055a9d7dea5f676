/** The minutes' workflow: allowed steps, agreement and the DRAFT marking, locking, corrections, and the family's words kept. */
import { describe, expect, it } from 'vitest';
import { minutesRowSchema, type FamilyResponseInput, type MinutesRow } from '../../../shared/domain/minutes';
import { minutesContent } from '../../../shared/minutes/content';
import {
  acceptFlag,
  addAmendment,
  allowedNextSteps,
  contentForExport,
  correct,
  draftMarkingNeeded,
  finalise,
  isAgreed,
  isLocked,
  minutesStatus,
  newMinutesRow,
  recordCopy,
  recordFamilyResponse,
  sendToFamily,
  versionHistory,
  type AgreementTerms,
} from '../../../shared/minutes/workflow';
import type { AgreementRule } from '../../../shared/domain/area-settings';
import { CHAIR, DAD, family, ids, input, meeting, more, MUM } from './fixtures';

const content = minutesContent(input());

/** Both parents have parental responsibility and both were invited (the fixtures' family and meeting). */
const terms = (rule: AgreementRule): AgreementTerms => ({ rule, family: family(), invitees: meeting().invitees });
/** The rule under which the latest answer decides, for the tests of one answer at a time. */
const LATEST_ANSWER = terms('one-agrees');
const at = (n: number) => `2026-11-${String(23 + Math.floor(n / 24)).padStart(2, '0')}T${String(n % 24).padStart(2, '0')}:00:00.000Z`;

function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`Expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}

function response(over: Partial<FamilyResponseInput> = {}): FamilyResponseInput {
  return {
    id: 'response-0001',
    kind: 'agreed',
    how: 'in-person-on-laptop',
    givenBy: { personId: ids.mum, name: MUM },
    givenOn: '2026-11-24',
    recordedAt: at(20),
    recordedBy: CHAIR,
    ...over,
  };
}

function drafted(): MinutesRow {
  return newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: at(18), by: CHAIR });
}

function sent(): MinutesRow {
  return ok(sendToFamily(drafted(), content, { at: at(19), by: CHAIR, details: 'Read through together on the laptop' })).row;
}

function agreedRow(): MinutesRow {
  return ok(recordFamilyResponse(sent(), response())).row;
}

function finalRow(): MinutesRow {
  return ok(finalise(agreedRow(), content, { at: at(21), by: CHAIR })).row;
}

describe('steps', () => {
  it('a new draft is version 1, drafted, not agreed, DRAFT on every page, and can only be sent to the family', () => {
    const row = drafted();
    expect(row.version).toBe(1);
    expect(row.events.map((e) => e.step)).toEqual(['drafted']);
    expect(minutesStatus(row)).toBe('draft');
    expect(isAgreed(row)).toBe(false);
    for (const rule of ['every-invited-answered', 'every-invited-agrees', 'one-agrees'] as const) expect(draftMarkingNeeded(row, terms(rule))).toBe(true);
    expect(allowedNextSteps(row)).toEqual(['sent-to-family']);
    expect(minutesRowSchema.safeParse(row).success).toBe(true);
  });

  it.each([
    ['record an answer before sending', (r: MinutesRow) => recordFamilyResponse(r, response()), "The family's answer can be recorded once the minutes have been sent to them."],
    ['make final before sending', (r: MinutesRow) => finalise(r, content, { at: at(19), by: CHAIR }), "The minutes can be made final once the family's answer is recorded."],
  ])('refuses to %s, saying why', (_name, step, message) => {
    expect(step(drafted())).toEqual({ ok: false, message });
  });

  it('refuses to make final while the minutes are with the family and no answer is recorded', () => {
    expect(finalise(sent(), content, { at: at(20), by: CHAIR }).ok).toBe(false);
  });

  it('keeps every step dated, with who did it, in order', () => {
    const row = finalRow();
    expect(row.events.map((e) => [e.step, e.at, e.by])).toEqual([
      ['drafted', at(18), CHAIR],
      ['sent-to-family', at(19), CHAIR],
      ['family-responded', at(20), CHAIR],
      ['finalised', at(21), CHAIR],
    ]);
    expect(row.events[1]?.details).toBe('Read through together on the laptop');
    expect(row.events[2]?.details).toBe(`${MUM} agreed the minutes, in person, on the laptop.`);
  });
});

describe('agreement and the DRAFT marking', () => {
  it.each([
    ['agreed', {}, true],
    ['agreed with changes', { kind: 'agreed-with-changes' as const, words: 'Please add that I asked for help with the forms.' }, true],
    ['disagrees', { kind: 'disagrees' as const, words: 'I never said the mornings were chaotic.' }, false],
  ])('%s: agreed is %s', (_name, over, agreed) => {
    const row = ok(recordFamilyResponse(sent(), response(over))).row;
    expect(isAgreed(row)).toBe(agreed);
    expect(draftMarkingNeeded(row, LATEST_ANSWER)).toBe(!agreed);
  });

  it('asks for the family’s own words when they disagree, or agree with changes', () => {
    expect(recordFamilyResponse(sent(), response({ kind: 'disagrees' }))).toEqual({ ok: false, message: 'Write down, in their own words, what the family does not agree with' });
    expect(recordFamilyResponse(sent(), response({ kind: 'agreed-with-changes' }))).toEqual({ ok: false, message: 'Write down the changes the family asked for, in their own words' });
  });

  it('accepts a disagreement given section by section', () => {
    const row = ok(recordFamilyResponse(sent(), response({ kind: 'disagrees', sections: [{ sectionId: 'worries', answer: 'wrong', words: 'Amir is not tired every morning.' }] }))).row;
    expect(row.responses[0]?.sections[0]?.words).toBe('Amir is not tired every morning.');
  });

  it('the latest answer counts, and every earlier answer stays word for word', () => {
    const disagreed = ok(recordFamilyResponse(sent(), response({ kind: 'disagrees', words: 'That is not what I said about school.' }))).row;
    const resent = ok(sendToFamily(disagreed, content, { at: at(21), by: CHAIR })).row;
    const agreed = ok(recordFamilyResponse(resent, response({ id: 'response-0002', recordedAt: at(22) }))).row;
    expect(isAgreed(agreed)).toBe(true);
    expect(agreed.responses.map((r) => [r.kind, r.words])).toEqual([
      ['disagrees', 'That is not what I said about school.'],
      ['agreed', ''],
    ]);
  });

  it('a version made final while the family disagrees keeps the DRAFT marking and says so in its history', () => {
    const disagreed = ok(recordFamilyResponse(sent(), response({ kind: 'disagrees', words: 'I do not agree.' }))).row;
    const final = ok(finalise(disagreed, content, { at: at(21), by: CHAIR })).row;
    expect(isLocked(final)).toBe(true);
    expect(draftMarkingNeeded(final, LATEST_ANSWER)).toBe(true);
    expect(final.events.at(-1)?.details).toBe('Made final without the family’s agreement; their words are kept and printed.');
  });
});

describe('two parents: the DRAFT marking follows the area’s agreement rule', () => {
  const mumAgrees = response();
  const dadAgrees = response({ id: 'response-0002', givenBy: { personId: ids.dad, name: DAD }, recordedAt: at(21) });
  const dadDisagrees = response({ id: 'response-0002', kind: 'disagrees', words: 'I was not told about the meeting in time.', givenBy: { personId: ids.dad, name: DAD }, recordedAt: at(21) });
  const answered = (...answers: FamilyResponseInput[]) => answers.reduce((row, a) => ok(recordFamilyResponse(row, a)).row, sent());

  it.each([
    ['every-invited-answered', 'Mum agreed, Dad has not answered', [mumAgrees], true],
    ['every-invited-answered', 'both agreed', [mumAgrees, dadAgrees], false],
    ['every-invited-answered', 'Mum agreed, Dad disagrees (his words are printed)', [mumAgrees, dadDisagrees], false],
    ['every-invited-agrees', 'Mum agreed, Dad has not answered', [mumAgrees], true],
    ['every-invited-agrees', 'Mum agreed, Dad disagrees', [mumAgrees, dadDisagrees], true],
    ['every-invited-agrees', 'both agreed', [mumAgrees, dadAgrees], false],
    ['one-agrees', 'Mum agreed, Dad has not answered', [mumAgrees], false],
  ] as const)('%s, %s: DRAFT is %s', (rule, _case, answers, draft) => {
    expect(draftMarkingNeeded(answered(...answers), terms(rule))).toBe(draft);
  });

  it('with only Mum invited, her agreement is enough under the default rule; Dad, not invited, is not waited for', () => {
    const mumOnly: AgreementTerms = { ...terms('every-invited-answered'), invitees: meeting().invitees.filter((i) => i.id !== ids.dad) };
    expect(draftMarkingNeeded(answered(mumAgrees), mumOnly)).toBe(false);
    expect(draftMarkingNeeded(answered(mumAgrees), terms('every-invited-answered'))).toBe(true);
  });

  it('a parent without parental responsibility is not waited for', () => {
    const dadNoPr = family({ carers: family().carers.map((c) => (c.id === ids.dad ? { ...c, childRelationships: c.childRelationships.map((r) => ({ ...r, parentalResponsibility: 'no' as const })) } : c)) });
    expect(draftMarkingNeeded(answered(mumAgrees), { ...terms('every-invited-answered'), family: dadNoPr })).toBe(false);
  });
});

describe('final minutes are locked', () => {
  it('freezes the content: exports use the snapshot, not content built later', () => {
    const row = finalRow();
    const later = minutesContent(input({ builtAt: '2026-12-01T10:00:00.000Z', record: { ...input().record, familyViews: 'Changed later' } }));
    expect(contentForExport(row, later)).toEqual(content);
    expect(contentForExport(sent(), later)).toBe(later);
  });

  it('refuses to send again, to amend or to accept a flag', () => {
    const row = finalRow();
    const message = 'These minutes are final. To change them, make a corrected version.';
    expect(sendToFamily(row, content, { at: at(22), by: CHAIR })).toEqual({ ok: false, message });
    expect(addAmendment(row, { id: 'amend-00001', sectionId: 'worries', text: 'x', reason: '', at: at(22), by: CHAIR })).toEqual({ ok: false, message });
    expect(acceptFlag(row, { sectionId: 'worries', kind: 'jargon', text: 'outcomes', acceptedAt: at(22), acceptedBy: CHAIR })).toEqual({ ok: false, message });
  });
});

describe('copies and the distribution list', () => {
  const entry = (over: Partial<Parameters<typeof recordCopy>[1]> = {}): Parameters<typeof recordCopy>[1] => ({
    id: 'copy-000001',
    recipient: { id: more.nurse, kind: 'practitioner', name: 'Ștefan Rădulescu', role: 'School nurse', agency: 'Kirkby Community Health' },
    basis: { kind: 'consent', consentId: 'consent-0003', summary: 'Consent given on 1 September 2026' },
    document: 'minutes',
    format: 'pdf',
    version: 1,
    at: at(22),
    by: CHAIR,
    ...over,
  });

  it('a practitioner’s copy needs final minutes', () => {
    expect(recordCopy(agreedRow(), entry())).toEqual({ ok: false, message: 'Copies can go to others once the minutes are final. The family sees them first.' });
    const shared = ok(recordCopy(finalRow(), entry())).row;
    expect(minutesStatus(shared)).toBe('shared');
    expect(shared.distribution).toHaveLength(1);
    expect(shared.events.at(-1)).toEqual({ step: 'shared', at: at(22), by: CHAIR, details: 'Ștefan Rădulescu: minutes, PDF' });
  });

  it('the family’s own copy and a safeguarding referral can go before the minutes are final', () => {
    const familyCopy = ok(recordCopy(sent(), entry({ recipient: { id: ids.dad, kind: 'family-member', name: DAD, role: 'Dad', agency: '' }, basis: { kind: 'family', summary: 'In the family' }, document: 'review-copy' }))).row;
    expect(familyCopy.distribution.map((d) => d.recipient.name)).toEqual([DAD]);
    expect(minutesStatus(familyCopy)).toBe('with-family');
    const referral = ok(recordCopy(drafted(), entry({ id: 'copy-000002', basis: { kind: 'safeguarding', reason: 'Amir said he is hit at home' } }))).row;
    expect(referral.distribution[0]?.basis).toEqual({ kind: 'safeguarding', reason: 'Amir said he is hit at home' });
  });

  it('a copy of another version is refused', () => {
    expect(recordCopy(finalRow(), entry({ version: 2 }))).toEqual({ ok: false, message: 'This copy is of version 2, not version 1.' });
  });
});

describe('corrections make a new version', () => {
  it('needs a reason and final minutes', () => {
    expect(correct(finalRow(), { newId: 'minutes-0002', reason: '  ', at: at(23), by: CHAIR })).toEqual({ ok: false, message: 'Say why the minutes are being corrected.' });
    expect(correct(agreedRow(), { newId: 'minutes-0002', reason: 'Wrong date', at: at(23), by: CHAIR }).ok).toBe(false);
  });

  it('keeps the earlier version readable and unchanged, and carries the family’s words forward', () => {
    const before = ok(recordCopy(finalRow(), {
      id: 'copy-000001',
      recipient: { id: more.nurse, kind: 'practitioner', name: 'Ștefan Rădulescu', role: '', agency: '' },
      basis: { kind: 'consent', consentId: 'consent-0003', summary: 'yes' },
      document: 'minutes',
      format: 'docx',
      version: 1,
      at: at(22),
      by: CHAIR,
    })).row;
    const result = ok(correct(before, { newId: 'minutes-0002', reason: 'The next review date was wrong', at: at(23), by: CHAIR }));
    expect(result.previous.snapshot).toEqual(before.snapshot);
    expect(result.previous.responses).toEqual(before.responses);
    expect(result.previous.distribution).toEqual(before.distribution);
    expect(minutesStatus(result.previous)).toBe('superseded');
    expect(result.previous.events.at(-1)?.details).toBe('Corrected in version 2: The next review date was wrong');

    const next = result.next;
    expect(next).toMatchObject({ version: 2, correctionOf: before.id, correctionReason: 'The next review date was wrong', responses: [], distribution: [] });
    expect(next.earlierResponses).toEqual([{ version: 1, response: before.responses[0] }]);
    expect(minutesStatus(next)).toBe('draft');
    expect(draftMarkingNeeded(next, terms('every-invited-answered'))).toBe(true);

    // The old version can do nothing more.
    expect(recordCopy(result.previous, { ...before.distribution[0]!, id: 'copy-000009' })).toEqual({ ok: false, message: 'This version has been replaced by a corrected version. Work on the newest version.' });

    const history = versionHistory([next, result.previous]);
    expect(history.map((h) => [h.row.version, h.status, h.newest])).toEqual([
      [1, 'superseded', false],
      [2, 'draft', true],
    ]);
  });

  it('a stored correction without a reason, or a first version pointing back, is refused by the row schema', () => {
    const row = drafted();
    expect(minutesRowSchema.safeParse({ ...row, version: 2, correctionOf: 'minutes-0000' }).error?.issues[0]?.message).toBe('Say why the minutes are being corrected');
    expect(minutesRowSchema.safeParse({ ...row, correctionOf: 'minutes-0000', correctionReason: 'x' }).error?.issues[0]?.message).toBe('A first version corrects nothing; every later version corrects the one before it');
  });
});

describe('amendments and accepted flags before final', () => {
  it('adds an amendment and accepts a flag once', () => {
    const row = ok(addAmendment(sent(), { id: 'amend-00001', sectionId: 'worries', text: 'Amir is tired on Mondays only.', reason: 'Siobhán asked', at: at(21), by: CHAIR })).row;
    expect(row.amendments.map((a) => a.text)).toEqual(['Amir is tired on Mondays only.']);
    const flag = { sectionId: 'updates' as const, kind: 'abbreviation' as const, text: 'OK', acceptedAt: at(21), acceptedBy: CHAIR };
    const once = ok(acceptFlag(row, flag)).row;
    const twice = ok(acceptFlag(once, flag)).row;
    expect(twice.acceptedFlags).toHaveLength(1);
  });
});
