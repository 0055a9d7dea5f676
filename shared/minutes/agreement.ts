/**
 * Whether the minutes count as agreed with the family, by the rule the area sets
 * (shared/domain/area-settings.ts `agreementRule`). Each parent's or carer's answer is recorded on
 * its own; their latest answer to this version is the one that counts. Pure.
 *
 * Whose answers count: the parents and carers with parental responsibility for a child who were
 * invited to the meeting. A family where nobody's parental responsibility is recorded as "yes"
 * counts everyone not recorded as "no", and a meeting with no family member on its invitation list
 * counts everyone in the family, so the rule never passes for want of anyone to ask.
 */
import type { AgreementRule } from '../domain/area-settings';
import type { FamilyRecord } from '../domain/family-record';
import type { MeetingInvitee } from '../domain/meeting';
import type { FamilyResponse } from '../domain/minutes';

export interface PersonAnswer {
  personId: string;
  name: string;
  /** Their latest answer to this version, or null while they have not answered. */
  answer: FamilyResponse | null;
}

export interface AgreementStatus {
  rule: AgreementRule;
  agreed: boolean;
  /** Everyone whose answer counts, in the family's order. */
  people: PersonAnswer[];
  answered: PersonAnswer[];
  waiting: PersonAnswer[];
  /** Latest answers (from anyone) that do not agree: printed in their words. */
  disagreements: FamilyResponse[];
}

export interface AgreementQuestion {
  rule: AgreementRule;
  family: Pick<FamilyRecord, 'carers'>;
  invitees: readonly MeetingInvitee[];
  /** The answers to this version, oldest first. */
  responses: readonly FamilyResponse[];
}

const agrees = (r: FamilyResponse) => r.kind === 'agreed' || r.kind === 'agreed-with-changes';

/** The parents and carers whose answers count. */
export function whoMustAnswer(family: Pick<FamilyRecord, 'carers'>, invitees: readonly MeetingInvitee[]): Array<{ id: string; name: string }> {
  const invitedIds = new Set(invitees.filter((i) => i.kind === 'family').map((i) => i.id));
  const invited = invitedIds.size === 0 ? family.carers : family.carers.filter((c) => invitedIds.has(c.id));
  const withPr = invited.filter((c) => c.childRelationships.some((r) => r.parentalResponsibility === 'yes'));
  const counted = withPr.length > 0 ? withPr : invited.filter((c) => !(c.childRelationships.length > 0 && c.childRelationships.every((r) => r.parentalResponsibility === 'no')));
  return counted.map((c) => ({ id: c.id, name: c.name }));
}

/** Each person's latest answer, by person id (answers given by someone not in the record are keyed by name). */
function latestByPerson(responses: readonly FamilyResponse[]): Map<string, FamilyResponse> {
  const latest = new Map<string, FamilyResponse>();
  for (const r of responses) latest.set(r.givenBy.personId ?? `name:${r.givenBy.name}`, r);
  return latest;
}

export function agreementStatus(q: AgreementQuestion): AgreementStatus {
  const latest = latestByPerson(q.responses);
  const people = whoMustAnswer(q.family, q.invitees).map((p): PersonAnswer => ({ personId: p.id, name: p.name, answer: latest.get(p.id) ?? null }));
  const answered = people.filter((p) => p.answer !== null);
  const waiting = people.filter((p) => p.answer === null);
  const disagreements = [...latest.values()].filter((r) => !agrees(r));
  const lastAnswer = q.responses[q.responses.length - 1];
  let agreed: boolean;
  switch (q.rule) {
    case 'every-invited-answered':
      agreed = people.length > 0 ? waiting.length === 0 : lastAnswer !== undefined;
      break;
    case 'every-invited-agrees':
      agreed = people.length > 0 ? people.every((p) => p.answer !== null && agrees(p.answer)) : lastAnswer !== undefined && agrees(lastAnswer);
      break;
    case 'one-agrees':
      agreed = lastAnswer !== undefined && agrees(lastAnswer);
      break;
  }
  return { rule: q.rule, agreed, people, answered, waiting, disagreements };
}
