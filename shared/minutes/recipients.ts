/**
 * Who may be sent a copy, today, and what each person's copy leaves out.
 *
 * - The family first: parents and carers with parental responsibility may always have the family's
 *   own documents, before anyone else and whether or not the minutes are final.
 * - Anyone else needs the family's consent, in force today, from the consent register
 *   (shared/rules/may-receive.ts), and only once the minutes are final. Recipients without consent
 *   are listed, with the reason, and cannot be chosen.
 * - The safeguarding referral route is separate: never blocked by consent, but it asks for the
 *   reason and records it as the basis of the copy.
 *
 * Safety flags: each copy is made from content with every detail a flag withholds from that person
 * replaced (`redactContentFor`), before the document is built; export.ts checks the finished
 * document again.
 */
import type { ConsentEvent, ConsentRecipient } from '../domain/consent';
import type { Practitioner } from '../domain/directory';
import type { FamilyRecord } from '../domain/family-record';
import type { MeetingInvitee } from '../domain/meeting';
import type { Attendee } from '../domain/meeting-record';
import type { DistributionBasis, MinutesContent, MinutesDocumentKind, RecipientRef } from '../domain/minutes';
import { knownAs } from '../domain/person';
import { protectedDetailLabels } from '../domain/safety-flag';
import { shareAnswer } from '../rules/consent-state';
import type { IsoDate } from '../rules/dates';
import { mayReceive, type DocumentKind as ConsentDocumentKind } from '../rules/may-receive';
import { redactionsFor, withheldValues } from '../rules/redaction';
import { searchKey } from '../rules/text';
import { defaultMinutesWording } from './wording';

export interface RecipientOption {
  recipient: RecipientRef;
  allowed: boolean;
  /** A plain sentence: why this person may, or may not, have a copy today. */
  why: string;
  /** The basis to record for the copy; null when not allowed. */
  basis: DistributionBasis | null;
  /** What this person's copy leaves out because of a safety flag, e.g. "Ana Lopez's address". */
  leftOut: string[];
}

export interface RecipientsQuestion {
  family: FamilyRecord;
  consents: readonly ConsentEvent[];
  today: IsoDate;
  document: MinutesDocumentKind;
  /** Whether the minutes are final (workflow.isLocked). Only the family may have a copy before. */
  final: boolean;
  invitees?: readonly MeetingInvitee[];
  attendees?: readonly Attendee[];
  directory?: readonly Practitioner[];
  /** The purpose of sharing as the consent register records it; '' (the default) means consent for any purpose. */
  purpose?: string;
}

const CONSENT_KIND: Record<MinutesDocumentKind, ConsentDocumentKind> = {
  minutes: 'minutes',
  'family-version': 'minutes',
  'review-copy': 'minutes',
  'child-letter': 'letter',
  'action-plan': 'plan',
  agenda: 'invitation',
  'meeting-pack': 'report',
};

/** Documents made after the meeting: only the family may have them before the minutes are final. */
const AFTER_MEETING: ReadonlySet<MinutesDocumentKind> = new Set(['minutes', 'family-version', 'review-copy', 'child-letter', 'action-plan']);

const present = (s: string | undefined | null): s is string => s !== undefined && s !== null && s.trim() !== '';

/** What a person's copy leaves out because of safety flags, in words. */
export function leftOutFor(recipientId: string, family: FamilyRecord): string[] {
  const people = [...family.carers, ...family.children];
  return redactionsFor(recipientId, family).map((w) => {
    const person = people.find((p) => p.id === w.personId);
    const name = person ? ('preferredName' in person ? knownAs(person) : person.name) : 'Someone';
    return `${name}'s ${protectedDetailLabels[w.detail]}`;
  });
}

function familyOptions(q: RecipientsQuestion): RecipientOption[] {
  const out: RecipientOption[] = [];
  for (const carer of q.family.carers) {
    const ref: RecipientRef = { id: carer.id, kind: 'family-member', name: carer.name, role: carer.relationship, agency: '' };
    const pr = carer.childRelationships.map((r) => r.parentalResponsibility);
    const leftOut = leftOutFor(carer.id, q.family);
    if (pr.length > 0 && pr.every((v) => v === 'no')) {
      out.push({
        recipient: ref,
        allowed: false,
        why: `${carer.name} does not have parental responsibility for any of the children, so they are not sent the family's copy. If the family wants them to have one, record it in the consent register first.`,
        basis: null,
        leftOut,
      });
      continue;
    }
    const decision = mayReceive({ consents: q.consents, recipient: { kind: 'family-member', personId: carer.id, name: carer.name }, documentKind: CONSENT_KIND[q.document], purpose: '', today: q.today });
    const summary = decision.allowed ? decision.basis : `${carer.name} is in the family.`;
    const unsure = pr.includes('yes') ? '' : ' Whether they have parental responsibility is not recorded: check before sending.';
    out.push({ recipient: ref, allowed: true, why: `${summary}${unsure}`, basis: { kind: 'family', summary }, leftOut });
  }
  if (q.document === 'child-letter') {
    for (const child of q.family.children) {
      const name = knownAs(child);
      const summary = `The letter is written for ${name}.`;
      out.push({ recipient: { id: child.id, kind: 'family-member', name, role: 'Child or young person', agency: '' }, allowed: true, why: summary, basis: { kind: 'family', summary }, leftOut: leftOutFor(child.id, q.family) });
    }
  }
  return out;
}

interface Candidate {
  ref: RecipientRef;
  consent: ConsentRecipient;
}

/** Practitioners from the invitation list, the meeting and the directory, and agencies from the consent register; each once. */
function candidates(q: RecipientsQuestion): Candidate[] {
  const byId = new Map<string, Candidate>();
  const add = (id: string, name: string, role: string, agency: string) => {
    if (!present(id) || !present(name) || byId.has(id)) return;
    byId.set(id, {
      ref: { id, kind: 'practitioner', name: name.trim(), role: role.trim(), agency: agency.trim() },
      consent: { kind: 'practitioner', practitionerId: id, name: name.trim(), agency: agency.trim() },
    });
  };
  const familyIds = new Set([...q.family.carers, ...q.family.children].map((p) => p.id));
  for (const i of q.invitees ?? []) if (i.kind === 'practitioner') add(i.id, i.name, i.role, i.agency);
  for (const a of q.attendees ?? []) if ((a.kind === 'practitioner' || a.kind === 'other') && !familyIds.has(a.id)) add(a.id, a.name, a.role, a.agency);
  for (const d of q.directory ?? []) add(d.id, d.name, d.role, d.agency);
  for (const e of q.consents) {
    if (e.scope.type !== 'share') continue;
    const r = e.scope.recipient;
    if (r.kind === 'agency') {
      const id = `agency:${searchKey(r.agency)}`;
      if (!byId.has(id)) byId.set(id, { ref: { id, kind: 'agency', name: r.agency, role: '', agency: r.agency }, consent: r });
    } else {
      add(r.practitionerId, r.name, '', r.agency);
    }
  }
  return [...byId.values()];
}

/**
 * Everyone who might be sent this document, the family first, each with whether the consent
 * register allows it today and why. Not allowed means the export dialog cannot offer them.
 */
export function possibleRecipients(q: RecipientsQuestion): RecipientOption[] {
  const purpose = q.purpose ?? '';
  const others = candidates(q).map((c): RecipientOption => {
    const leftOut = leftOutFor(c.ref.id, q.family);
    const decision = mayReceive({ consents: q.consents, recipient: c.consent, documentKind: CONSENT_KIND[q.document], purpose, today: q.today });
    if (!decision.allowed) return { recipient: c.ref, allowed: false, why: decision.reason, basis: null, leftOut };
    const answer = shareAnswer(q.consents, c.consent, purpose, q.today);
    if (answer.answer !== 'yes') return { recipient: c.ref, allowed: false, why: decision.basis, basis: null, leftOut };
    if (!q.final && AFTER_MEETING.has(q.document)) {
      return {
        recipient: c.ref,
        allowed: false,
        why: `The family has agreed to sharing with ${c.ref.name}, but these minutes are not final yet. The family sees them first; copies go to others once they are final.`,
        basis: null,
        leftOut,
      };
    }
    return { recipient: c.ref, allowed: true, why: decision.basis, basis: { kind: 'consent', consentId: answer.state.given.id, summary: decision.basis }, leftOut };
  });
  return [...familyOptions(q), ...others];
}

/**
 * The safeguarding referral route: never waits for consent, never blocked, but the reason is
 * required and becomes the basis recorded for the copy.
 */
export function safeguardingBasis(reason: string): { ok: true; basis: DistributionBasis } | { ok: false; message: string } {
  const trimmed = reason.trim();
  if (trimmed === '') return { ok: false, message: 'Say why this is a safeguarding referral: what makes you believe a child may be at risk of significant harm.' };
  if (trimmed.length > 4000) return { ok: false, message: 'The reason must be 4,000 characters or fewer.' };
  return { ok: true, basis: { kind: 'safeguarding', reason: trimmed } };
}

// ---------------------------------------------------------------- redaction of a copy

/** The original text of every detail withheld from this person (towns are kept: too common to be a giveaway alone). */
export function withheldTexts(recipientId: string, family: FamilyRecord): { text: string[]; phones: string[] } {
  const { text, phones } = withheldValues(recipientId, family);
  // Longest first, so a whole address goes before its first line.
  return {
    text: [...new Set(text.filter((s) => s.trim().length >= 4))].sort((a, b) => b.length - a.length),
    phones: [...new Set(phones.map((s) => s.replace(/\D/g, '')).filter((s) => s.length >= 6))],
  };
}

const escapeChar = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches the value whatever its case and spacing: "LS1 4AP" also finds "ls14ap". */
function loosePattern(value: string): string {
  return [...value.replace(/\s+/g, '')].map(escapeChar).join('\\s*');
}

/** Matches the digits with any spacing or punctuation between them. */
function phonePattern(digits: string): string {
  return [...digits].join('[\\s\\u00A0()+.\\-]*');
}

function replacer(recipientId: string, family: FamilyRecord, replacement: string): ((s: string) => string) | null {
  const { text, phones } = withheldTexts(recipientId, family);
  if (text.length === 0 && phones.length === 0) return null;
  const patterns = [
    ...text.map(loosePattern),
    // A UK number also written as +44 7700 900123 or +44 (0)7700 900123.
    ...phones.flatMap((d) => (d.startsWith('0') ? [`\\+[\\s\\u00A0]*44[\\s\\u00A0]*(?:\\(0\\)[\\s\\u00A0]*)?${phonePattern(d.slice(1))}`, phonePattern(d), phonePattern(d.slice(1))] : [phonePattern(d)])),
  ];
  const re = new RegExp(patterns.map((s) => `(?:${s})`).join('|'), 'giu');
  const again = new RegExp(`${escapeChar(replacement).replace(/\s/g, '\\s')}(?:,\\s*${escapeChar(replacement).replace(/\s/g, '\\s')})+`, 'g');
  return (s: string) => s.replace(re, replacement).replace(again, replacement);
}

/** Fields that name kinds and records, never words anyone reads: left as they are. */
const CODE_FIELDS = new Set(['kind', 'id', 'childId', 'familyId', 'meetingId', 'householdId', 'sectionId', 'mime', 'style', 'level', 'tone', 'builtAt', 'meetingDate']);

/** Every string in a value replaced (binary data such as pictures, and code fields, kept as they are). */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, CODE_FIELDS.has(k) ? v : mapStrings(v, f)])) as T;
  }
  return value;
}

/**
 * The content as this person may see it: every detail a safety flag withholds from them replaced
 * with "(not shown in this copy)" wherever it appears, including typed into notes by hand, and a
 * withheld home named only as "a family home". The content passed in is not changed.
 */
export function redactContentFor(content: MinutesContent, family: FamilyRecord, recipientId: string, replacement = defaultMinutesWording.minutes.withheld): MinutesContent {
  const replace = replacer(recipientId, family, replacement);
  if (replace === null) return content;
  return mapStrings(content, replace);
}

/** The same replacement for any other value a document is made from (reports, a meeting pack). */
export function redactValueFor<T>(value: T, family: FamilyRecord, recipientId: string, replacement = defaultMinutesWording.minutes.withheld): T {
  const replace = replacer(recipientId, family, replacement);
  return replace === null ? value : mapStrings(value, replace);
}
