/** The letter to each child or young person, in their own words and pictures. */
import type { Action } from '../../domain/action';
import { base64ToBytesOrNull } from '../../bytes';
import { VOICE_PROMPTS } from '../../domain/meeting-record';
import type { ChildLetterContent } from '../../domain/minutes';
import { firstNameOf, knownAs, relationshipToChild } from '../../domain/person';
import { imageSize } from '../../documents/image-size';
import { dayWords } from '../../time/london';
import { formatLongDate } from '../../rules/dates';
import { capitalise } from '../../words/case';
import { familyContactValues, withoutContactDetails } from '../../rules/contact-details';
import { childWords, toReader } from '../child-words';
import { fill } from '../wording';
import { type Ctx, present } from './context';

export function childLetters(ctx: Ctx): ChildLetterContent[] {
  const { input } = ctx;
  const { family, record } = input;
  // Nobody's address, phone or email goes into a letter to a child, from any field.
  const contacts = familyContactValues(family);
  const clean = (s: string) => withoutContactDetails(s.trim(), contacts);
  return family.children.map((child) => {
    const voice = record.childVoices.find((v) => v.childId === child.id);
    // A child who did not want their words written down does not get them back in writing either: others may read the letter.
    const shared = voice !== undefined && voice.sharing !== 'not-agreed';
    const theirWords = shared
      ? [voice.words, ...VOICE_PROMPTS.map((q) => voice.answers[q.key])].filter(present).map(clean).filter(present)
      : [];
    const whatWillHappen = input.actions
      .filter((a) => a.meetingId === input.meeting.id && a.childId === child.id)
      .map((a) => {
        const who = ownerForChild(ctx, a, child.id);
        const what = toReader(childWords(clean(a.what), ctx.glossary), [child.name, knownAs(child), firstNameOf(child)]);
        return { what: ownerOnce(what, who), who, when: a.dueDate ? formatLongDate(a.dueDate) : '' };
      })
      .filter((a) => present(a.what));
    const next = record.outcome.nextReviewDate;
    return {
      childId: child.id,
      name: firstNameOf(child),
      theirWords,
      goingWell: [],
      whatWillHappen,
      nextMeeting: next ? dayWords(next) : '',
      pictures: shared ? letterPictures(ctx, voice.imageIds, firstNameOf(child)) : [],
    };
  });
}

/** "The school nurse will check you see the school nurse" -> "... see them": the owner is named once. */
function ownerOnce(what: string, who: string): string {
  if (!/^the /i.test(who)) return what;
  const escaped = who.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return what.replace(new RegExp(`(?<=\\S\\s)${escaped}\\b`, 'i'), 'them');
}

/** The child's own drawings, as pictures with their descriptions. */
function letterPictures(ctx: Ctx, imageIds: readonly string[], name: string): ChildLetterContent['pictures'] {
  const out: ChildLetterContent['pictures'] = [];
  for (const imageId of imageIds) {
    const picture = ctx.input.voiceImages.find((i) => i.id === imageId);
    const bytes = picture ? base64ToBytesOrNull(picture.base64) : null;
    if (!picture || !bytes || !imageSize(bytes, picture.mediaType)) continue;
    const alt = present(picture.description) ? picture.description.trim() : fill(ctx.w.pictureAlt, { name });
    out.push({ kind: 'image', bytes, mime: picture.mediaType, alt, widthMm: 100 });
  }
  return out;
}

/**
 * Who will do it, as the child would say it, without naming other people: "You", "Mum", or the
 * practitioner's role ("Class teacher").
 */
function ownerForChild(ctx: Ctx, action: Action, childId: string): string {
  const lw = ctx.wording.childLetter;
  if (action.ownerKind === 'young-person' || action.ownerId === childId) return lw.you;
  const carer = ctx.input.family.carers.find((c) => c.id === action.ownerId);
  if (carer) return relationshipToChild(carer, childId) || carer.relationship || lw.grownUpAtHome;
  const attendee = ctx.input.record.attendees.find((a) => a.id === action.ownerId || a.name === action.ownerName);
  if (attendee && present(attendee.role)) {
    // "DSL" becomes "The person at school whose job is to keep children safe": no abbreviations for a child.
    const role = childWords(attendee.role.trim(), ctx.glossary);
    if (/^(the|a|an) /i.test(role)) return capitalise(role);
    const first = role.split(/\s+/)[0] ?? '';
    return fill(lw.theRole, { role: first === first.toUpperCase() ? role : role.charAt(0).toLocaleLowerCase('en-GB') + role.slice(1) });
  }
  if (action.ownerKind === 'family') return lw.grownUpAtHome;
  return lw.someoneWhoWorks;
}
