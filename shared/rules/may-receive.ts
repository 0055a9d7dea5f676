/**
 * "May this recipient receive this document about this family today?" — and if not, why not, in
 * words that can be shown to the person about to press Send.
 *
 * - The family themselves may always receive their own documents: they are the first to see them.
 *   (Safety flags still apply: pass the record through `redactFor` before making the document.)
 * - A safeguarding referral needs no consent. Consent must never delay one.
 * - Anyone else needs the family's consent to early help and to sharing with them (or with their
 *   agency), in force today: given, not withdrawn, and not past its review date. A decision about a
 *   practitioner by name wins over the one about their agency (shareDecision), and the sentence
 *   says which rule applied: "Priya Shah may receive the minutes: they work for Oak Primary
 *   School, and Ana Ruiz gave consent to share with Oak Primary School on ...".
 */
import { consentHowLabels, recipientLabel, type ConsentEvent, type ConsentRecipient } from '../domain/consent';
import { formatLongDate, type IsoDate } from './dates';
import { earlyHelpAnswer, shareDecision, type Answer } from './consent-state';

export const documentKindValues = ['invitation', 'minutes', 'plan', 'report', 'briefing', 'letter', 'referral'] as const;
export type DocumentKind = (typeof documentKindValues)[number];

export const documentKindLabels: Record<DocumentKind, string> = {
  invitation: 'the invitation',
  minutes: 'the minutes',
  plan: 'the plan',
  report: 'the report',
  briefing: 'the briefing',
  letter: 'the letter',
  referral: 'the referral',
};

export type Recipient =
  | { kind: 'family-member'; personId: string; name: string }
  | ConsentRecipient;

export type Route = 'consent' | 'safeguarding-referral';

export interface MayReceiveQuestion {
  consents: readonly ConsentEvent[];
  recipient: Recipient;
  documentKind: DocumentKind;
  /** The purpose of sharing, as recorded on consent; '' when there is no particular purpose. */
  purpose: string;
  today: IsoDate;
  /** How the document is being sent. Defaults to needing consent. */
  route?: Route;
}

export type DenialKind = 'no-early-help-consent' | 'not-asked' | 'refused' | 'withdrawn' | 'expired';

export type MayReceive =
  | { allowed: true; basisKind: 'family' | 'safeguarding' | 'consent'; basis: string }
  | { allowed: false; reasonKind: DenialKind; reason: string };

export function mayReceive(q: MayReceiveQuestion): MayReceive {
  const doc = documentKindLabels[q.documentKind];
  if (q.recipient.kind === 'family-member') {
    return {
      allowed: true,
      basisKind: 'family',
      basis: `${q.recipient.name} is in the family. The family always receives their own documents, and first.`,
    };
  }
  if (q.route === 'safeguarding-referral') {
    return {
      allowed: true,
      basisKind: 'safeguarding',
      basis:
        'Safeguarding referral: information is shared without needing consent because a child may be at risk of significant harm. Record what was shared, with whom, and why.',
    };
  }

  const who = recipientLabel(q.recipient);
  const earlyHelp = earlyHelpAnswer(q.consents, q.today);
  if (earlyHelp.answer !== 'yes') return earlyHelpDenial(earlyHelp, who, doc);

  const purposeText = q.purpose.trim() === '' ? '' : ` for ${q.purpose.trim()}`;
  const share = shareDecision(q.consents, q.recipient, q.purpose, q.today);
  const person = q.recipient.kind === 'practitioner' ? q.recipient.name : null;
  // For a practitioner covered by their agency's consent: "they work for Oak Primary School, and ".
  const worksFor = person !== null && share.level === 'agency' ? `they work for ${share.agency}, and ` : '';
  switch (share.answer.answer) {
    case 'yes': {
      const state = share.answer.state;
      const g = state.given;
      const review = state.reviewBy ? `, to be reviewed by ${formatLongDate(state.reviewBy)}` : '';
      const confirmed = state.lastReviewedOn ? `, last confirmed on ${formatLongDate(state.lastReviewedOn)}` : '';
      const agreed = `${g.by.name} gave consent to share with ${scopeName(g)} on ${formatLongDate(g.on)} (${consentHowLabels[g.how]})${confirmed}${review}.`;
      const overruled = person !== null && share.level === 'named' && share.other.answer === 'no' ? ` ${namedCounts(person, share.other.state.event)}` : '';
      return {
        allowed: true,
        basisKind: 'consent',
        basis: person === null ? agreed : `${person} may receive ${doc}: ${worksFor}${agreed}${overruled}`,
      };
    }
    case 'no': {
      const e = share.answer.state.event;
      const said = `${e.by.name} ${noVerb(e)} ${scopeName(e)} on ${formatLongDate(e.on)}.`;
      const overruled = person !== null && share.level === 'named' && share.other.answer === 'yes' ? ` ${namedCounts(person, share.other.state.given)}` : '';
      return {
        allowed: false,
        reasonKind: e.kind,
        reason: `${person === null ? said : `${person} may not receive ${doc}: ${worksFor}${said}`}${overruled} Do not send ${doc} to ${who}.`,
      };
    }
    case 'expired': {
      const about = person !== null && share.level === 'agency' ? `${share.agency}, where ${person} works,` : who;
      return {
        allowed: false,
        reasonKind: 'expired',
        reason: `Consent to share with ${about} was due for review by ${formatLongDate(share.answer.state.reviewBy)}. Check with the family before sending ${doc}.`,
      };
    }
    case 'not-asked':
      return {
        allowed: false,
        reasonKind: 'not-asked',
        reason: `The family has not been asked about sharing with ${who}${purposeText}. Ask them before sending ${doc}.`,
      };
  }
}

const noVerb = (e: ConsentEvent): string => (e.kind === 'withdrawn' ? 'withdrew consent to share with' : 'said no to sharing with');

/** A decision about a practitioner by name wins over the one about their agency: say so when they differ. */
function namedCounts(person: string, agencyDecision: ConsentEvent): string {
  const verb = agencyDecision.kind === 'given' ? 'gave consent to share with' : noVerb(agencyDecision);
  return `The decision about ${person} by name counts, although ${agencyDecision.by.name} ${verb} ${scopeName(agencyDecision)} on ${formatLongDate(agencyDecision.on)}.`;
}

function scopeName(e: ConsentEvent): string {
  if (e.scope.type === 'early-help') return 'the team';
  const purpose = e.scope.purpose === '' ? '' : ` for ${e.scope.purpose}`;
  return `${recipientLabel(e.scope.recipient)}${purpose}`;
}

function earlyHelpDenial(answer: Exclude<Answer, { answer: 'yes' }>, who: string, doc: string): MayReceive {
  const base = { allowed: false as const, reasonKind: 'no-early-help-consent' as const };
  switch (answer.answer) {
    case 'no':
      return {
        ...base,
        reason: `${answer.state.event.by.name} ${answer.state.event.kind === 'withdrawn' ? 'withdrew consent to early help' : 'said no to early help'} on ${formatLongDate(answer.state.event.on)}, so nothing is shared with ${who}. Do not send ${doc}.`,
      };
    case 'expired':
      return {
        ...base,
        reason: `The family's consent to early help was due for review by ${formatLongDate(answer.state.reviewBy)}. Check with the family before sending ${doc} to ${who}.`,
      };
    case 'not-asked':
      return { ...base, reason: `The family's consent to early help has not been recorded. Record it before sending ${doc} to ${who}.` };
  }
}

/** Whether the family lets this practitioner have the meeting's invitation today, and why: the invitee list and their letter both ask it. */
export function mayReceiveInvitation(consents: readonly ConsentEvent[], practitioner: { id: string; name: string; agency: string }, today: IsoDate): MayReceive {
  return mayReceive({
    consents,
    recipient: { kind: 'practitioner', practitionerId: practitioner.id, name: practitioner.name, agency: practitioner.agency },
    documentKind: 'invitation',
    purpose: '',
    today,
  });
}
