/** The steps before a meeting: family details, consent, the plan and the family's week. */
import { recipientLabel, scopeKey, type ConsentScope } from '../../domain/consent';
import { planStatusLabels } from '../../domain/plan';
import { earlyHelpAnswer, scopeState } from '../consent-state';
import { formatLongDate } from '../dates';
import { distanceTravelled, scalingTrendWords } from '../distance-travelled';
import { currentStatus } from '../plan-status';
import type { PathFacts } from './input';
import { step, type StepResult } from './step';

export function familyDetailsStep(f: PathFacts): StepResult {
  const { family } = f.input;
  const target = { screen: 'family-edit', familyId: f.familyId } as const;
  const reachable =
    family.carers.some((c) => c.phone.trim() !== '' || c.email.trim() !== '') ||
    family.households.some((h) => h.phone.trim() !== '' || (h.address.line1.trim() !== '' && h.address.postcode.trim() !== ''));
  if (!reachable) {
    return step('family-details', 'needs-attention', 'No phone number, email or address is recorded, so the family cannot be sent an invitation.', 'Add contact details', target);
  }
  const people = family.carers.length + family.children.length;
  return step('family-details', 'done', `${people} ${people === 1 ? 'person is' : 'people are'} recorded, with a way to contact the family.`, 'Check the family’s details', target);
}

function shareScopes(f: PathFacts): ConsentScope[] {
  const seen = new Map<string, ConsentScope>();
  for (const event of f.input.consent) if (event.scope.type === 'share') seen.set(scopeKey(event.scope), event.scope);
  return [...seen.values()];
}

export function consentStep(f: PathFacts): StepResult {
  const target = { screen: 'consent', familyId: f.familyId } as const;
  const earlyHelp = earlyHelpAnswer(f.input.consent, f.today);
  if (earlyHelp.answer === 'not-asked') return step('consent', 'not-started', 'The family’s agreement to early help has not been recorded.', 'Record consent', target);
  if (earlyHelp.answer === 'no') {
    const word = earlyHelp.state.state === 'withdrawn' ? 'withdrew' : 'said no to';
    return step('consent', 'needs-attention', `The family ${word} early help on ${formatLongDate(earlyHelp.state.decidedOn)}.`, 'See consent', target);
  }
  if (earlyHelp.answer === 'expired') {
    return step('consent', 'needs-attention', `The family’s consent to early help was due for review on ${formatLongDate(earlyHelp.state.reviewBy)}.`, 'Review consent', target);
  }
  const states = shareScopes(f).map((scope) => ({ scope, state: scopeState(f.input.consent, scope, f.today) }));
  const expired = states.find((s) => s.state.state === 'expired');
  if (expired && expired.scope.type === 'share') {
    return step('consent', 'needs-attention', `Consent to share information with ${recipientLabel(expired.scope.recipient)} is due for review.`, 'Review consent', target);
  }
  if (!states.some((s) => s.state.state === 'given')) {
    return step('consent', 'in-progress', 'The family agreed to early help. Who they agree to share information with is not recorded yet.', 'Record consent to share', target);
  }
  return step('consent', 'done', `The family agreed to early help on ${formatLongDate(earlyHelp.state.given.on)}.`, 'See consent', target);
}

export function planStep(f: PathFacts): StepResult {
  const plan = f.plan;
  if (!plan) return step('plan', 'not-started', 'There is no plan for this family yet.', 'Start a plan', { screen: 'plan-new', familyId: f.familyId });
  const now = currentStatus(plan);
  const target = { screen: 'plan', familyId: f.familyId } as const;
  if (now.status === 'active') {
    // Once scaling has been recorded at two meetings, how far the family has come, in one sentence.
    const trend = distanceTravelled({ plan, meetings: f.input.meetings, records: f.input.records, today: f.today }).scaling.find((series) => series.meetings.length >= 2);
    const travelled = trend ? ` ${scalingTrendWords(trend)}` : '';
    return step('plan', 'done', `Started on ${formatLongDate(plan.startDate)}, with ${plan.leadProfessional.name} as lead professional.${travelled}`, 'See the plan', target);
  }
  return step('plan', 'done', `${planStatusLabels[now.status]} on ${formatLongDate(now.on)}.`, 'See the plan', target);
}

export function familyWeekStep(f: PathFacts): StepResult {
  const target = { screen: 'family-week', familyId: f.familyId } as const;
  const members = f.input.timetable?.members ?? {};
  const carers = f.input.family.carers;
  const told = carers.filter((c) => members[c.id] !== undefined).length;
  const optional = { optional: true };
  if (told === 0 && Object.keys(members).length === 0) {
    return step('family-week', 'not-started', 'When the family are busy and when suits them is not recorded yet.', 'Record the family’s week', target, optional);
  }
  if (told < carers.length) {
    return step('family-week', 'in-progress', `The week is recorded for ${told} of ${carers.length} parents and carers.`, 'Finish the family’s week', target, optional);
  }
  return step('family-week', 'done', 'The family’s week is recorded.', 'See the family’s week', target, optional);
}
