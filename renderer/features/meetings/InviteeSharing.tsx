import type { ConsentEvent } from '../../../shared/domain/consent';
import type { MeetingInvitee } from '../../../shared/domain/meeting';
import { mayReceiveInvitation } from '../../../shared/rules/may-receive';
import type { IsoDate } from '../../../shared/rules/dates';

/**
 * Whether a practitioner may be sent the invitation, and why, in the consent register's words
 * ("Priya Shah may receive the invitation: they work for Oak Primary School, and ...").
 * Family members are not shown: they always receive their own letters, first.
 */
export function InviteeSharing({ invitee, consents, today }: { invitee: MeetingInvitee; consents: readonly ConsentEvent[] | undefined; today: IsoDate }) {
  if (invitee.kind !== 'practitioner' || consents === undefined) return null;
  const decision = mayReceiveInvitation(consents, invitee, today);
  return <p className="hint-text">{decision.allowed ? decision.basis : decision.reason}</p>;
}
