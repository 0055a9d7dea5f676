/** The parts of the family invitation letter, each a few short sentences in plain English. */
import type { areaWords } from '../../domain/area-settings';
import type { MeetingKind } from '../../domain/meeting';
import { bold, h2, li, ol, p, table, type Inline } from '../builders';
import type { BlockInput } from '../model';
import { dayWords, endTimeWords, meetingTimeWords } from '../../time/london';
import { lengthWords } from './when';
import { sentence, withAside } from '../../words/asides';
import { andList, orList } from '../../words/list';
import type { VenueForRecipient } from './venue';
import type { InvitationChair, InvitationInvitee, InvitationMeeting } from './types';
import type { Glossary } from '../../rules/glossary';
import { roleInPlainWords } from './role-words';

type Words = ReturnType<typeof areaWords>;

const present = (s: string | undefined): s is string => s !== undefined && s.trim() !== '';


const KIND_WORDS: Record<MeetingKind, string> = {
  'pre-meeting': 'This is a short meeting with you before the main meeting. I will explain who will come and what the meeting will be like.',
  first: 'This is the first meeting. We will agree a plan together.',
  review: 'This is a review meeting. We will look at how the plan is going and what needs to change.',
  closing: 'We will look at how things are now, and talk about ending the plan.',
};

/**
 * `toChild`: the letter is to a child or young person, who did not agree to the support themselves.
 * `agreed`: the sentence about consent to the support, when it is known for this reader (see consent-words.ts).
 */
export function introduction(words: Words, kind: MeetingKind, childNames: readonly string[], chair: InvitationChair, toChild = false, agreed?: string): BlockInput[] {
  const about = words.meetingShort === 'TAC' && childNames.length > 0 ? `the people who work with ${andList(childNames)}` : 'the people who work with your family';
  return [
    p(`I would like to invite you to a ${words.meetingLong} meeting about ${childNames.length > 0 ? andList(childNames) : 'your family'}.`),
    p(`A ${words.meetingLong} meeting (a ${words.meetingShort} meeting for short) brings together you and ${about}. Together we talk about what is going well and what is worrying. Then we agree what will happen, who will do it and by when.`),
    p(`My name is ${chair.name}. I am your ${words.lead}. This means I bring everyone together and keep the plan moving. I will run the meeting and make sure everyone, including you, gets a say.`),
    p(KIND_WORDS[kind]),
    p(`This support is called ${words.service}. ${agreed ?? (toChild ? 'Your family agreed to it' : 'You agreed to it')}, and you can ask questions about it at any time.`),
  ];
}

export function when(meeting: InvitationMeeting): BlockInput[] {
  return [
    h2('When'),
    p(bold(meetingTimeWords(meeting.startsAt)), '.'),
    p(`It will last about ${lengthWords(meeting.lengthMinutes)}, until ${endTimeWords(meeting.startsAt, meeting.lengthMinutes)}.`),
  ];
}

export function where(venue: VenueForRecipient, meeting: InvitationMeeting): BlockInput[] {
  const blocks: BlockInput[] = [h2('Where')];
  if (venue.kind === 'shown') {
    blocks.push(p(bold(venue.name)));
    if (present(venue.address)) blocks.push(p(venue.address));
  } else if (venue.kind === 'withheld') {
    blocks.push(p('The meeting will be at a family home. I will tell you the address separately.'));
  } else {
    blocks.push(p('I will send you the address before the meeting.'));
  }
  if (present(meeting.privacyNote)) blocks.push(p(sentence(meeting.privacyNote)));
  if (present(meeting.accessNote)) blocks.push(p(sentence(meeting.accessNote)));
  blocks.push(p('Please tell me if you need anything to help you take part, such as an interpreter, step-free access or a quiet space.'));
  return blocks;
}

export function whoIsComing(invitees: readonly InvitationInvitee[], chair: InvitationChair, recipientId: string, words: Words, glossary: Glossary): BlockInput[] {
  const coming = invitees.filter((i) => i.sendsReport !== true);
  const rows: Inline[][] = coming.map((i) => [i.id === recipientId ? `${i.name} (you)` : i.name, roleInPlainWords(i.role, glossary), i.agency]);
  if (!coming.some((i) => i.name === chair.name)) {
    rows.unshift([chair.name, [sentence(roleInPlainWords(chair.role, glossary)), `Your ${words.lead}: runs the meeting.`].filter(present).join(' '), chair.agency]);
  }
  const blocks: BlockInput[] = [h2('Who will be there'), table('Who will be there and what they do', ['Name', 'What they do', 'Where they work'], rows, [3, 5, 3])];
  const reports = invitees.filter((i) => i.sendsReport === true).map((i) => withAside(i.name, i.role));
  if (reports.length === 1) blocks.push(p(`${reports[0]} cannot come. They will send a short written report, which we will go through at the meeting.`));
  if (reports.length > 1) blocks.push(p(`${andList(reports)} cannot come. They will send short written reports, which we will go through at the meeting.`));
  return blocks;
}

/** `toFamily`: the letter is to the family, who are told they may bring someone for support. */
export function whatWillHappen(meeting: InvitationMeeting, toFamily = true): BlockInput[] {
  if (meeting.agenda.length === 0) return [];
  return [
    h2('What will happen'),
    ol(
      ...meeting.agenda.map((item) => {
        const line = present(item.description) ? [bold(item.title), `: ${item.description}`] : [bold(item.title)];
        return item.actions !== undefined && item.actions.length > 0 ? li(line, ...item.actions) : line;
      }),
    ),
    ...(toFamily ? [p('You can bring someone with you for support, such as a friend or relative.')] : []),
  ];
}

/** `readerId`: the child the letter is to, if it is to a child: they read about themselves as "you". */
export function childrenAtTheMeeting(meeting: InvitationMeeting, nameOf: (childId: string) => string | null, readerId: string | null = null): BlockInput[] {
  const lines = meeting.children.flatMap((c) => {
    const name = nameOf(c.childId);
    if (name === null) return [];
    if (c.childId === readerId) return [p(youAtTheMeeting(c))];
    if (c.attends === 'all') return [p(`${name} is welcome to come to the whole meeting.`)];
    if (c.attends === 'part') {
      const items = c.items ?? [];
      return [p(items.length > 0 ? `${name} is welcome to come for part of the meeting: ${andList(items)}.` : `${name} is welcome to come for part of the meeting. I will talk with you about which part.`)];
    }
    return [p(`${name} does not need to come. We will still make sure ${name}'s views are heard.`)];
  });
  return lines.length > 0 ? [h2('Children at the meeting'), ...lines] : [];
}

function youAtTheMeeting(c: InvitationMeeting['children'][number]): string {
  if (c.attends === 'all') return 'You are welcome to come to the whole meeting.';
  if (c.attends === 'part') {
    const items = c.items ?? [];
    return items.length > 0 ? `You are welcome to come for part of the meeting: ${andList(items)}.` : 'You are welcome to come for part of the meeting. I will talk with you about which part.';
  }
  return 'You do not need to come. We will still make sure your views are heard.';
}

export function anotherTime(meeting: InvitationMeeting): BlockInput[] {
  const { chair } = meeting;
  const ways = [present(chair.phone) ? `ring me on ${chair.phone}` : '', present(chair.email) ? `email me at ${chair.email}` : ''].filter(present);
  const blocks: BlockInput[] = [
    h2('If this time does not suit you'),
    p('Please tell me. We want to find a time that suits you, and we can look for another day or time.'),
    p(ways.length > 0 ? `You can ${orList(ways)}.` : 'You can tell me when we next speak.'),
  ];
  const askBy = meeting.anotherTime?.askBy;
  if (present(askBy)) blocks.push(p(`It helps if you can let me know by ${dayWords(askBy)}.`));
  if (present(meeting.anotherTime?.note)) blocks.push(p(sentence(meeting.anotherTime.note)));
  return blocks;
}

export function privacyAndSignOff(chair: InvitationChair): BlockInput[] {
  return [
    h2('Keeping things private'),
    p('What we talk about stays between the people at the meeting, unless someone is worried that a child may be harmed: then we must tell the people whose job is to keep children safe.'),
    p('Best wishes,'),
    p(bold(chair.name)),
    p([chair.role, chair.agency].filter(present).join(', ')),
  ];
}
