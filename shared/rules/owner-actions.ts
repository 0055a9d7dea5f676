/**
 * "Actions by owner": one practitioner's open actions across every family, as they may be shown
 * to or sent to that practitioner. A family is left out when it has not consented, today, to
 * sharing with the practitioner (or their agency): `mayReceive` decides, as everywhere else. In
 * what is kept, any detail a safety flag hides from the practitioner is taken out of the action's
 * words (`withheldValues`, as `redactFor` would). Pure: the clock is the `today` passed in.
 */
import { isOpenStatus, type Action, type ActionStatus } from '../domain/action';
import type { ConsentEvent } from '../domain/consent';
import type { Practitioner } from '../domain/directory';
import type { FamilyRecord } from '../domain/family-record';
import { compareIsoDates, type IsoDate } from './dates';
import { mayReceive } from './may-receive';
import { withheldValues } from './redaction';
import { searchKey } from './text';

/** What replaces a withheld detail in an action's words. */
export const WITHHELD = '[withheld]';

export interface OwnerActionRow {
  actionId: string;
  meetingId: string;
  what: string;
  howWeWillKnow: string;
  dueDate: IsoDate | null;
  overdue: boolean;
  status: ActionStatus;
}

export interface OwnerFamilyActions {
  familyId: string;
  familyName: string;
  /** Soonest due first; actions with no date last. */
  rows: OwnerActionRow[];
}

export interface LeftOutFamily {
  familyId: string;
  familyName: string;
  /** Why, in words for the chair (never put in the document). */
  reason: string;
}

export interface OwnerActions {
  /** Families in the order of their soonest action. */
  families: OwnerFamilyActions[];
  /** Families with open actions for this owner that may not be shared with them. */
  leftOut: LeftOutFamily[];
}

export interface OwnerActionsInput {
  owner: Pick<Practitioner, 'id' | 'name' | 'agency'>;
  /** Any actions: those not open or not this owner's are ignored. */
  actions: readonly Action[];
  families: readonly FamilyRecord[];
  consents: ReadonlyMap<string, readonly ConsentEvent[]>;
  today: IsoDate;
}

/** "Sam Patel" and " sam  patel" are one name. */
const nameKey = (name: string) => searchKey(name).trim().replace(/\s+/g, ' ');

/**
 * The owner's action: chosen from the directory (their id), or typed with their name and not
 * linked to someone in the family (actions kept before owners were linked have no id).
 */
export function isOwnedBy(action: Action, owner: Pick<Practitioner, 'id' | 'name'>): boolean {
  if (action.ownerId) return action.ownerId === owner.id;
  if (action.ownerKind === 'family' || action.ownerKind === 'young-person') return false;
  const name = nameKey(owner.name);
  return name !== '' && nameKey(action.ownerName) === name;
}

const byDue = (a: Pick<Action, 'dueDate' | 'createdAt' | 'id'>, b: Pick<Action, 'dueDate' | 'createdAt' | 'id'>): number =>
  compareIsoDates(a.dueDate ?? '9999-12-31', b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words with every withheld value taken out (phones matched whatever their spacing). */
export function withoutWithheld(text: string, withheld: { text: readonly string[]; phones: readonly string[] }): string {
  let out = text;
  const values = withheld.text.map((t) => t.trim()).filter((t) => t.length >= 3);
  // Longest first, so a whole address goes before its first line.
  for (const value of [...values].sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(escape(value), 'gi'), WITHHELD);
  }
  for (const phone of withheld.phones) {
    const digits = phone.replace(/\D/g, '');
    if (digits.length < 6) continue;
    out = out.replace(new RegExp(digits.split('').map(escape).join('[\\s-]*'), 'g'), WITHHELD);
  }
  return out;
}

export function ownerActions(input: OwnerActionsInput): OwnerActions {
  const { owner, today } = input;
  const recipient = { kind: 'practitioner' as const, practitionerId: owner.id, name: owner.name, agency: owner.agency };
  const mine = input.actions.filter((a) => isOpenStatus(a.status) && isOwnedBy(a, owner)).sort(byDue);

  const families: OwnerFamilyActions[] = [];
  const leftOut: LeftOutFamily[] = [];
  const seen = new Set<string>();
  for (const action of mine) {
    if (seen.has(action.familyId)) continue;
    seen.add(action.familyId);
    const record = input.families.find((f) => f.id === action.familyId);
    // A family no longer held (disposed of) has nothing to share.
    if (!record) continue;
    const decision = mayReceive({ consents: input.consents.get(record.id) ?? [], recipient, documentKind: 'plan', purpose: '', today });
    if (!decision.allowed) {
      leftOut.push({ familyId: record.id, familyName: record.familyName, reason: decision.reason });
      continue;
    }
    const withheld = withheldValues(owner.id, record);
    families.push({
      familyId: record.id,
      familyName: record.familyName,
      rows: mine
        .filter((a) => a.familyId === record.id)
        .map((a) => ({
          actionId: a.id,
          meetingId: a.meetingId,
          what: withoutWithheld(a.what, withheld),
          howWeWillKnow: withoutWithheld(a.howWeWillKnow, withheld),
          dueDate: a.dueDate,
          overdue: a.dueDate !== null && compareIsoDates(a.dueDate, today) < 0,
          status: a.status,
        })),
    });
  }
  return { families, leftOut };
}
