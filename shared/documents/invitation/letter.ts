/**
 * The family's invitation letter: who is coming and what each person does, what will happen,
 * when and where, and how to ask for another time, in plain English. Built as a TeamDocument,
 * so it exports to Word (renderDocx) and to PDF (renderHtml, Chromium, postProcessPdf).
 *
 * Safety: the family record is passed through `redactFor(recipient)` before anything is read
 * from it, and the finished document is checked for every withheld detail (leak-guard.ts).
 */
import { areaWords } from '../../domain/area-settings';
import { documentMarkings } from '../../domain/document-markings';
import { MEETING_KIND_LABELS } from '../../domain/meeting';
import { firstNameOf, knownAs } from '../../domain/person';
import { formatLongDate } from '../../rules/dates';
import { redactFor } from '../../rules/redaction';
import { documentOf, h1, p } from '../builders';
import type { TeamDocument } from '../model';
import { assertNothingWithheld } from './leak-guard';
import { anotherTime, childrenAtTheMeeting, introduction, privacyAndSignOff, when, whatWillHappen, where, whoIsComing } from './letter-sections';
import type { InvitationInput, InvitationOptions } from './types';
import { venueFor } from './venue';
import { meetingTimeWords } from '../../time/london';
import { loadDefaultGlossary } from '../../rules/glossary';
import { agreedWords } from './consent-words';

/** Throws when the recipient is not in the family, or a withheld detail would be printed (WithheldDetailError). */
export function invitationLetter(input: InvitationInput, options: InvitationOptions): TeamDocument {
  const { meeting, area, recipientId } = input;
  const family = redactFor(recipientId, input.family);
  const carer = family.carers.find((c) => c.id === recipientId);
  const child = family.children.find((c) => c.id === recipientId);
  if (!carer && !child) throw new Error('The letter must be addressed to someone in this family.');
  // A child or young person is written to by their first name ("Dear Adrian,"), an adult by their full name.
  const greetingName = carer ? carer.name : child ? firstNameOf(child) : '';

  const words = areaWords(area);
  // A child reads about their brothers and sisters by first name, and about themselves as "you".
  const nameOf = (childId: string) => {
    const named = family.children.find((c) => c.id === childId);
    if (!named) return null;
    return child ? firstNameOf(named) : knownAs(named);
  };
  const childNames = meeting.children.flatMap((c) => {
    const name = c.childId === child?.id ? 'you' : nameOf(c.childId);
    return name === null ? [] : [name];
  });
  const title = `Invitation to a ${words.meetingLong} meeting`;
  // Without the consent log (older callers), the sentence stays as it was; the app always passes it.
  const agreed = input.consents === undefined ? undefined : agreedWords(input.consents, recipientId, options.today, child !== undefined);

  const doc = documentOf(
    {
      title,
      author: meeting.chair.name,
      subject: `${MEETING_KIND_LABELS[meeting.kind]}, ${meetingTimeWords(meeting.startsAt)}`,
      kind: 'invitation',
      ...documentMarkings(area, family),
      draft: options.draft ?? false,
      largePrint: options.largePrint ?? carer?.easyReadNeeded ?? false,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
    [
      h1(title),
      p(formatLongDate(options.today)),
      p(`Dear ${greetingName},`),
      ...introduction(words, meeting.kind, childNames, meeting.chair, child !== undefined, agreed),
      ...when(meeting),
      ...where(venueFor(meeting.venue, family, input.family), meeting),
      ...whoIsComing(meeting.invitees, meeting.chair, recipientId, words, input.glossary ?? loadDefaultGlossary()),
      ...whatWillHappen(meeting),
      ...childrenAtTheMeeting(meeting, nameOf, child?.id ?? null),
      ...anotherTime(meeting),
      ...privacyAndSignOff(meeting.chair),
    ],
  );
  assertNothingWithheld(recipientId, input.family, doc);
  return doc;
}
