/**
 * The short letter a practitioner gets with their calendar file: when and where, who is coming,
 * the agenda, what the family has agreed may be shared with them, and what to do if they cannot
 * come. The same safety as the family's letter: the record is redacted for this practitioner,
 * and the finished document is checked for every detail a safety flag withholds from them.
 */
import { areaWords } from '../../domain/area-settings';
import type { ConsentEvent } from '../../domain/consent';
import { documentMarkings } from '../../domain/document-markings';
import { MEETING_KIND_LABELS } from '../../domain/meeting';
import { knownAs } from '../../domain/person';
import { formatLongDate } from '../../rules/dates';
import { loadDefaultGlossary, type Glossary } from '../../rules/glossary';
import { mayReceiveInvitation } from '../../rules/may-receive';
import { redactFor } from '../../rules/redaction';
import { meetingTimeWords } from '../../time/london';
import { andList, orList } from '../../words/list';
import { documentOf, h1, h2, p } from '../builders';
import type { BlockInput, TeamDocument } from '../model';
import { assertNothingWithheld } from './leak-guard';
import { when, whatWillHappen, where, whoIsComing } from './letter-sections';
import type { InvitationInvitee, InvitationMeeting, InvitationOptions } from './types';
import type { AreaSettings } from '../../domain/area-settings';
import type { FamilyRecord } from '../../domain/family-record';
import { venueFor } from './venue';

export interface PractitionerLetterInput {
  family: FamilyRecord;
  /** The practitioner the letter is to: one of `meeting.invitees`, not in the family. */
  recipientId: string;
  meeting: InvitationMeeting;
  area: AreaSettings;
  /** The family's consent log: the letter says what it allows to be shared with this practitioner. */
  consents: readonly ConsentEvent[];
  glossary?: Glossary;
}

/** What the family has agreed may be shared with this practitioner, as mayReceive works it out today. */
export function sharingWords(consents: readonly ConsentEvent[], invitee: InvitationInvitee, today: string): string {
  const answer = mayReceiveInvitation(consents, invitee, today);
  if (answer.allowed) return `The family has agreed that information about them can be shared with you. ${answer.basis}`;
  return 'The family has not agreed (or not yet been asked) that information about them can be shared with you. Please do not send or bring written information about the family until I tell you they have agreed.';
}

function cannotCome(meeting: InvitationMeeting): BlockInput[] {
  const { chair } = meeting;
  const ways = [chair.phone ? `ring me on ${chair.phone}` : '', chair.email ? `email me at ${chair.email}` : ''].filter((s) => s !== '');
  return [
    h2('If you cannot come'),
    p(`Please tell me as soon as you can${ways.length > 0 ? `: ${orList(ways)}` : ''}. If you cannot come, please send me a short written report before the meeting, so that the family hears from you.`),
  ];
}

/** Throws when the recipient is not an invited practitioner, or a withheld detail would be printed (WithheldDetailError). */
export function practitionerLetter(input: PractitionerLetterInput, options: InvitationOptions): TeamDocument {
  const { meeting, area, recipientId } = input;
  const invitee = meeting.invitees.find((i) => i.id === recipientId);
  const inFamily = input.family.carers.some((c) => c.id === recipientId) || input.family.children.some((c) => c.id === recipientId);
  if (!invitee || inFamily) throw new Error('This letter must be addressed to a practitioner invited to the meeting.');
  const family = redactFor(recipientId, input.family);
  const words = areaWords(area);
  const children = family.children.map(knownAs);
  const title = `Invitation to a ${words.meetingLong} meeting`;
  const { chair } = meeting;
  const doc = documentOf(
    {
      title,
      author: chair.name,
      subject: `${MEETING_KIND_LABELS[meeting.kind]}, ${meetingTimeWords(meeting.startsAt)}`,
      kind: 'invitation',
      ...documentMarkings(area, family),
      draft: options.draft ?? false,
      largePrint: options.largePrint ?? false,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
    [
      h1(title),
      p(formatLongDate(options.today)),
      p(`Dear ${invitee.name},`),
      p(
        `I would like to invite you to a ${words.meetingLong} meeting (${MEETING_KIND_LABELS[meeting.kind].toLowerCase()}) about ${children.length > 0 ? andList(children) : `the ${family.familyName}`}. I am the family's ${words.lead}, and I will chair it. A calendar invitation comes with this letter.`,
      ),
      ...when(meeting),
      ...where(venueFor(meeting.venue, family, input.family), meeting),
      ...whoIsComing(meeting.invitees, chair, recipientId, words, input.glossary ?? loadDefaultGlossary()),
      ...whatWillHappen(meeting, false),
      h2('What can be shared with you'),
      p(sharingWords(input.consents, invitee, options.today)),
      ...cannotCome(meeting),
      p('Best wishes,'),
      p(chair.name),
      p([chair.role, chair.agency].filter((s) => s.trim() !== '').join(', ')),
    ],
  );
  assertNothingWithheld(recipientId, input.family, doc);
  return doc;
}
