/** Who may be sent a copy, asked of C1's rules (shared/minutes/recipients.ts) with this meeting's people. */
import type { MinutesDocumentKind } from '../../../shared/domain/minutes';
import { possibleRecipients, type RecipientOption } from '../../../shared/minutes/recipients';
import type { PlannedRecipient } from '../../../shared/minutes/types';
import { todayInLondon } from '../../../shared/rules/dates';
import type { MinutesData } from './useMinutesData';

type People = Pick<MinutesData, 'family' | 'consents' | 'meeting' | 'record' | 'practitioners'>;

/** Everyone who might have this document today, the family first, with whether they may and why. */
export function recipientOptions(people: People, document: MinutesDocumentKind, final: boolean): RecipientOption[] {
  return possibleRecipients({
    family: people.family,
    consents: people.consents,
    today: todayInLondon(),
    document,
    final,
    invitees: people.meeting.invitees,
    attendees: people.record?.attendees ?? [],
    directory: people.practitioners,
  });
}

/** Who the minutes will go to once final, as the minutes' distribution section lists them. */
export function plannedRecipients(people: People): PlannedRecipient[] {
  return recipientOptions(people, 'minutes', true)
    .filter((o) => o.allowed)
    .map((o) => ({ name: o.recipient.name, role: o.recipient.role || (o.recipient.agency === o.recipient.name ? '' : o.recipient.agency), basis: o.why }));
}
