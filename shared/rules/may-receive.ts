/**
 * "May this recipient receive this document about this family today?" — and if not, why not, in
 * words that can be shown to the person about to press Send.
 *
 * - The family themselves may always receive their own documents: they are the first to see them.
 *   (Safety flags still apply: pass the record through `redactFor` before making the document.)
 * - A safeguarding referral needs no consent. Consent must never delay one.
 * - Anyone else needs the family's consent to early help and to sharing with them (or with their
 *   agency), in force today: given, not withdrawn, and not past its review date.
 */
import { consentHowLabels, recipientLabel, type ConsentEvent, type ConsentRecipient } from '../domain/consent';
import { formatLongDate, type IsoDate } from './dates';
import { earlyHelpAnswer, shareAnswer, type Answer } from './consent-state';

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
  const share = shareAnswer(q.consents, q.recipient, q.purpose, q.today);
  switch (share.answer) {
    case 'yes': {
      const g = share.state.given;
      const review = share.state.reviewBy ? `, to be reviewed by ${formatLongDate(share.state.reviewBy)}` : '';
      const confirmed = share.state.lastReviewedOn ? `, last confirmed on ${formatLongDate(share.state.lastReviewedOn)}` : '';
      return {
        allowed: true,
        basisKind: 'consent',
        basis: `${g.by.name} gave consent to share with ${scopeName(g)} on ${formatLongDate(g.on)} (${consentHowLabels[g.how]})${confirmed}${review}.`,
      };
    }
    case 'no': {
      const e = share.state.event;
      const verb = e.kind === 'withdrawn' ? 'withdrew consent to share with' : 'said no to sharing with';
      return {
        allowed: false,
        reasonKind: e.kind,
        reason: `${e.by.name} ${verb} ${scopeName(e)} on ${formatLongDate(e.on)}. Do not send ${doc} to ${who}.`,
      };
    }
    case 'expired':
      return {
        allowed: false,
        reasonKind: 'expired',
        reason: `Consent to share with ${who} was due for review by ${formatLongDate(share.state.reviewBy)}. Check with the family before sending ${doc}.`,
      };
    case 'not-asked':
      return {
        allowed: false,
        reasonKind: 'not-asked',
        reason: `The family has not been asked about sharing with ${who}${purposeText}. Ask them before sending ${doc}.`,
      };
  }
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
