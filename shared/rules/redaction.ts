/**
 * Applies safety flags: builds the copy of a family record that may be used in a document or
 * screen for a given recipient (or several, for a shared copy). Pure: the input is not changed.
 *
 * Every document and screen made for a person must go through `redactFor` first. Flag reasons are
 * cleared in every copy, because they are for the team only; the flags themselves stay, so that
 * applying the redaction again gives the same result.
 */
import type { FamilyRecord } from '../domain/family-record';
import { emptyAddress, formatAddress, householdsOf } from '../domain/household';
import { activeFlags, type ProtectedDetail, type SafetyFlag } from '../domain/safety-flag';

export interface WithheldDetail {
  /** Whose detail it is. */
  personId: string;
  detail: ProtectedDetail;
  /** For an address: the home it belongs to. */
  householdId: string | null;
}

type Recipients = string | readonly string[];

const asList = (r: Recipients): readonly string[] => (typeof r === 'string' ? [r] : r);

/**
 * The flags in force that protect someone from any of these recipients. A child of the family may
 * not see any flagged detail but their own, whoever the flag names: a child cannot be asked to
 * keep a detail from the person it is hidden from (a letter goes with them on a contact visit).
 */
export function flagsAgainst(recipients: Recipients, record: Pick<FamilyRecord, 'safetyFlags'> & Partial<Pick<FamilyRecord, 'children'>>): SafetyFlag[] {
  const ids = asList(recipients);
  const children = new Set((record.children ?? []).map((c) => c.id).filter((id) => ids.includes(id)));
  return activeFlags(record.safetyFlags).filter((f) => f.hiddenFrom.some((id) => ids.includes(id)) || [...children].some((id) => id !== f.subjectId));
}

/** What will be left out for these recipients, so a screen can say "address withheld". */
export function redactionsFor(recipients: Recipients, record: FamilyRecord): WithheldDetail[] {
  const out: WithheldDetail[] = [];
  const add = (item: WithheldDetail) => {
    const dup = out.some((o) => o.personId === item.personId && o.detail === item.detail && o.householdId === item.householdId);
    if (!dup) out.push(item);
  };
  for (const flag of flagsAgainst(recipients, record)) {
    for (const detail of flag.covers) {
      if (detail === 'address') {
        for (const home of householdsOf(record.households, flag.subjectId)) add({ personId: flag.subjectId, detail, householdId: home.id });
      } else {
        add({ personId: flag.subjectId, detail, householdId: null });
      }
    }
  }
  return out;
}

/** The record as it may be shown to, or sent to, the recipient(s). */
export function redactFor(recipients: Recipients, record: FamilyRecord): FamilyRecord {
  const withheld = redactionsFor(recipients, record);
  const hidden = (personId: string, detail: ProtectedDetail) => withheld.some((w) => w.personId === personId && w.detail === detail);
  const hiddenHomes = new Set(withheld.filter((w) => w.detail === 'address').map((w) => w.householdId));

  return {
    ...record,
    households: record.households.map((h) =>
      hiddenHomes.has(h.id)
        ? // The label ("Nan's house in Leeds") and a landline can give the place away, so they go too.
          { ...h, label: '', address: { ...emptyAddress }, phone: '', carerIds: [...h.carerIds], childIds: [...h.childIds] }
        : { ...h, address: { ...h.address }, carerIds: [...h.carerIds], childIds: [...h.childIds] },
    ),
    carers: record.carers.map((c) => ({
      ...c,
      phone: hidden(c.id, 'phone') ? '' : c.phone,
      email: hidden(c.id, 'email') ? '' : c.email,
      childRelationships: c.childRelationships.map((r) => ({ ...r })),
    })),
    children: record.children.map((c) => ({
      ...c,
      phone: hidden(c.id, 'phone') ? '' : c.phone,
      email: hidden(c.id, 'email') ? '' : c.email,
      school: hidden(c.id, 'school') ? '' : c.school,
      viewsMethods: [...c.viewsMethods],
    })),
    safetyFlags: record.safetyFlags.map((f) => ({
      ...f,
      reason: '',
      hiddenFrom: [...f.hiddenFrom],
      covers: [...f.covers],
      ended: f.ended ? { ...f.ended } : null,
    })),
  };
}

/**
 * The withheld values themselves, as written in the unredacted record, for checks that look for
 * them in free text (a leak guard, a redactor). Addresses come whole and in parts; towns are left
 * out, being too common to match on alone.
 */
export function withheldValues(recipients: Recipients, record: FamilyRecord): { text: string[]; phones: string[] } {
  const text: string[] = [];
  const phones: string[] = [];
  const people = [...record.carers, ...record.children];
  for (const w of redactionsFor(recipients, record)) {
    const person = people.find((p) => p.id === w.personId);
    if (w.detail === 'phone' && person) phones.push(person.phone);
    if (w.detail === 'email' && person) text.push(person.email);
    if (w.detail === 'school') text.push(record.children.find((c) => c.id === w.personId)?.school ?? '');
    const home = record.households.find((h) => h.id === w.householdId);
    if (w.detail === 'address' && home) {
      const full = formatAddress(home.address);
      text.push([home.label, full].filter((part) => part.trim() !== '').join(', '), full, home.address.line1, home.address.line2, home.address.postcode, home.label);
      phones.push(home.phone);
    }
  }
  return { text, phones };
}

