/** When the minutes count as agreed: each parent answers on their own, by the area's rule. */
import { describe, expect, it } from 'vitest';
import type { FamilyResponse } from '../../../shared/domain/minutes';
import type { MeetingInvitee } from '../../../shared/domain/meeting';
import { agreementStatus, whoMustAnswer } from '../../../shared/minutes/agreement';
import { DAD, family, ids, MUM } from './fixtures';

function answer(personId: string | null, name: string, kind: FamilyResponse['kind'], words = '', n = 1): FamilyResponse {
  return {
    id: `resp-${personId ?? 'other'}-${n}`.padEnd(8, '0'),
    kind,
    words,
    how: 'in-person-on-laptop',
    givenBy: { personId, name },
    givenOn: '2026-11-24',
    recordedAt: `2026-11-24T10:0${n}:00.000Z`,
    recordedBy: 'Sam Patel',
    sections: [],
  };
}

const invited = (...people: Array<[string, string]>): MeetingInvitee[] =>
  people.map(([id, name]) => ({ kind: 'family', id, name, role: '', agency: '', email: '' }));
const both = invited([ids.mum, MUM], [ids.dad, DAD]);

describe('two separated parents, both with parental responsibility and both invited', () => {
  it('by default, waits for both answers and names who has not answered', () => {
    const status = agreementStatus({ rule: 'every-invited-answered', family: family(), invitees: both, responses: [answer(ids.mum, MUM, 'agreed')] });
    expect(status.agreed).toBe(false);
    expect(status.answered.map((p) => p.name)).toEqual([MUM]);
    expect(status.waiting.map((p) => p.name)).toEqual([DAD]);
  });

  it('by default, counts as agreed once both have answered, with a disagreement kept in their words', () => {
    const status = agreementStatus({
      rule: 'every-invited-answered',
      family: family(),
      invitees: both,
      responses: [answer(ids.mum, MUM, 'agreed'), answer(ids.dad, DAD, 'disagrees', 'I was not at the meeting when this was decided.', 2)],
    });
    expect(status.agreed).toBe(true);
    expect(status.waiting).toEqual([]);
    expect(status.disagreements.map((r) => [r.givenBy.name, r.words])).toEqual([[DAD, 'I was not at the meeting when this was decided.']]);
  });

  it('when every parent must agree, one disagreement keeps them unagreed until that parent agrees', () => {
    const first = [answer(ids.mum, MUM, 'agreed'), answer(ids.dad, DAD, 'disagrees', 'Not right.', 2)];
    expect(agreementStatus({ rule: 'every-invited-agrees', family: family(), invitees: both, responses: first }).agreed).toBe(false);
    const later = [...first, answer(ids.dad, DAD, 'agreed-with-changes', 'Fix the date.', 3)];
    const status = agreementStatus({ rule: 'every-invited-agrees', family: family(), invitees: both, responses: later });
    expect(status.agreed).toBe(true);
    expect(status.disagreements).toEqual([]);
    expect(status.people.map((p) => p.answer?.kind)).toEqual(['agreed', 'agreed-with-changes']);
  });

  it('when one agreement is enough, the first parent’s agreement counts', () => {
    expect(agreementStatus({ rule: 'one-agrees', family: family(), invitees: both, responses: [answer(ids.dad, DAD, 'agreed')] }).agreed).toBe(true);
    expect(agreementStatus({ rule: 'one-agrees', family: family(), invitees: both, responses: [] }).agreed).toBe(false);
  });
});

describe('whose answers count', () => {
  it('only those invited', () => {
    const onlyMum = invited([ids.mum, MUM]);
    expect(whoMustAnswer(family(), onlyMum).map((p) => p.name)).toEqual([MUM]);
    expect(agreementStatus({ rule: 'every-invited-answered', family: family(), invitees: onlyMum, responses: [answer(ids.mum, MUM, 'agreed')] }).agreed).toBe(true);
  });

  it('only those with parental responsibility', () => {
    const f = family();
    const noPr = { ...f, carers: f.carers.map((c) => (c.id === ids.dad ? { ...c, childRelationships: c.childRelationships.map((r) => ({ ...r, parentalResponsibility: 'no' as const })) } : c)) };
    expect(whoMustAnswer(noPr, both).map((p) => p.name)).toEqual([MUM]);
  });

  it('everyone in the family when the meeting lists no family member as invited', () => {
    expect(whoMustAnswer(family(), []).map((p) => p.name)).toEqual([MUM, DAD]);
  });

  it('an answer from someone outside the record does not stand in for a parent', () => {
    const status = agreementStatus({ rule: 'every-invited-answered', family: family(), invitees: both, responses: [answer(null, 'Nan', 'agreed'), answer(ids.mum, MUM, 'agreed', '', 2)] });
    expect(status.agreed).toBe(false);
    expect(status.waiting.map((p) => p.name)).toEqual([DAD]);
  });
});
