/**
 * The minutes' content, built once from the meeting's data, in the standard order: meeting
 * details, who came, apologies and reports, confidentiality and who will receive the minutes,
 * the family's views, the child's voice, updates, earlier actions, strengths, worries, what needs
 * to happen, scaling, decisions, the action plan, contingency, the next review, the distribution
 * list and the family's comments.
 *
 * Each section carries two wordings as format-neutral blocks: the professional minutes, and the
 * family's version in plain words (roles and abbreviations explained). The screens show it
 * section by section; documents.ts prints it; the row freezes it when the minutes are final.
 * Wording comes from templates/minutes/wording.json.
 *
 * People's own words (the family's views, a child's words, the family's comments) are printed as
 * quotations, exactly as they were given, in every version.
 */
import { z } from 'zod';
import { ACTION_STATUS_LABELS, type Action } from '../domain/action';
import { base64ToBytesOrNull } from '../bytes';
import { areaWords } from '../domain/area-settings';
import { formatAddress } from '../domain/household';
import { MEETING_KIND_LABELS } from '../domain/meeting';
import {
  ACTION_PROGRESS_LABELS,
  OUTCOME_LABELS,
  VOICE_METHOD_LABELS,
  VOICE_PROMPTS,
  type Attendee,
  type ChildVoice,
} from '../domain/meeting-record';
import {
  minutesContentSchema,
  minutesSectionSchema,
  RESPONSE_HOW_LABELS,
  type ChildLetterContent,
  type FamilyResponse,
  type MinutesContent,
  type MinutesSectionId,
  type MinutesVenue,
} from '../domain/minutes';
import { firstNameOf, knownAs, relationshipToChild } from '../domain/person';
import { imageSize } from '../documents/image-size';
import { bold, h3, image, note, p, quote, table, ul, type Inline } from '../documents/builders';
import type { Block, BlockInput, ListItem } from '../documents/model';
import { clockWords, dayWords, endTimeWords, londonTime } from '../time/london';
import { formatLongDate } from '../rules/dates';
import { capitalise } from '../words/case';
import { andList } from '../words/list';
import { familyContactValues, withoutContactDetails } from '../rules/contact-details';
import type { Glossary } from '../rules/glossary';
import { childWords } from './child-words';
import { distributionBlocks } from './distribution';
import { roleMeaning, spellOut, termsUsed } from './plain-words';
import type { MinutesInput } from './types';
import { defaultMinutesWording, fill, type MinutesWording } from './wording';

type Words = MinutesWording['minutes'];

/** A section as it is being built, before validation. */
interface Draft {
  id: MinutesSectionId;
  blocks: BlockInput[];
  familyBlocks: BlockInput[];
}

const present = (s: string | null | undefined): s is string => s !== null && s !== undefined && s.trim() !== '';


/** Paragraphs from typed text: blank lines separate paragraphs; single line breaks stay. */
function paragraphs(text: string): BlockInput[] {
  return text
    .split(/\n\s*\n/)
    .map((s) => s.replace(/^\n+|\n+$/g, ''))
    .filter(present)
    .map((s) => p(s));
}

/** What the family's version says in place of the chair's typed words: abbreviations spelled out once per section. */
class Plain {
  private readonly seen = new Set<string>();
  constructor(private readonly glossary: Glossary) {}
  text(s: string): string {
    return spellOut(s, this.glossary, this.seen);
  }
  paragraphs(s: string): BlockInput[] {
    return paragraphs(this.text(s));
  }
}

export interface BuildOptions {
  wording?: MinutesWording;
}

/** Builds the content. Throws only on data that breaks the document model (which validation prevents). */
export function minutesContent(input: MinutesInput, options: BuildOptions = {}): MinutesContent {
  const wording = options.wording ?? defaultMinutesWording;
  const w = wording.minutes;
  const { family, meeting, record, area } = input;
  const words = areaWords(area);
  const meetingDate = londonTime(meeting.startsAt).toPlainDate().toString();
  const meetingName = `${words.meetingLong} ${MEETING_KIND_LABELS[meeting.kind].toLocaleLowerCase('en-GB')}`;
  const childName = (id: string | null | undefined): string | null => {
    const child = family.children.find((c) => c.id === id);
    return child ? knownAs(child) : null;
  };
  const ctx: Ctx = { input, wording, w, words, meetingDate, childName, glossary: input.glossary };

  const drafts: Draft[] = [
    meetingDetails(ctx, venueOf(input)),
    attendance(ctx),
    apologies(ctx),
    confidentiality(ctx),
    familyViews(ctx),
    childVoice(ctx),
    updates(ctx),
    earlierActions(ctx),
    listSection(ctx, 'strengths', record.goingWell.map((e) => e.text)),
    listSection(ctx, 'worries', record.worries.map((e) => e.text)),
    listSection(ctx, 'needs', record.needsToHappen.map((e) => e.text)),
    scaling(ctx),
    decisions(ctx),
    actionPlan(ctx),
    textSection(ctx, 'contingency', record.outcome.contingency),
    nextReview(ctx),
    distribution(ctx),
    familyComments(ctx),
  ];
  addAmendments(ctx, drafts);

  const sections = z.array(minutesSectionSchema).parse(
    drafts.map((d) => ({
      id: d.id,
      heading: wording.sections[d.id].heading,
      familyHeading: wording.sections[d.id].familyHeading,
      blocks: d.blocks,
      familyBlocks: d.familyBlocks,
    })),
  );

  const familyText = JSON.stringify(sections.map((s) => [s.familyHeading, s.familyBlocks.map(blockText)]));
  const glossary = termsUsed(`${familyText} ${words.meetingShort} ${words.lead} ${words.service}`, input.glossary).map((t) => ({
    term: t.term,
    ...(t.abbreviationOf !== undefined ? { abbreviationOf: t.abbreviationOf } : {}),
    plain: t.plain,
  }));

  return minutesContentSchema.parse({
    familyId: family.id,
    meetingId: meeting.id,
    title: fill(w.title, { meeting: meetingName }),
    meetingName,
    meetingDate,
    chairName: input.chair.name,
    chairRole: input.chair.role,
    venue: venueOf(input),
    marking: area.protectiveMarking,
    practice: family.isPractice,
    childNames: family.children.map(knownAs),
    sections,
    childLetters: childLetters(ctx),
    glossary,
    builtAt: input.builtAt,
  });
}

interface Ctx {
  input: MinutesInput;
  wording: MinutesWording;
  w: Words;
  words: ReturnType<typeof areaWords>;
  meetingDate: string;
  childName: (id: string | null | undefined) => string | null;
  glossary: Glossary;
}

/** Text of a block for glossary matching (not for display). */
export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'quotation':
      return block.text;
    case 'paragraph':
    case 'note':
      return block.runs.map((r) => r.text).join('');
    case 'list':
      return itemsText(block.items);
    case 'table':
      return [block.caption, ...block.header.flat().map((r) => r.text), ...block.rows.flat(2).map((r) => r.text)].join(' ');
    default:
      return '';
  }
}

function itemsText(items: readonly ListItem[]): string {
  return items.map((i) => `${i.runs.map((r) => r.text).join('')} ${itemsText(i.children ?? [])}`).join(' ');
}

function venueOf(input: MinutesInput): MinutesVenue {
  const place = input.meeting.place;
  if (place?.kind === 'home') {
    const home = input.family.households.find((h) => h.id === place.householdId);
    return { kind: 'home', householdId: place.householdId, label: home?.label ?? '', address: home ? formatAddress(home.address) : '' };
  }
  if (place?.kind === 'place') return { kind: 'place', name: place.name, address: place.address };
  return { kind: 'place', name: input.meeting.venue, address: '' };
}

/** The place in words. Per-recipient redaction (recipients.ts) takes out a withheld home address. */
export function venueWords(venue: MinutesVenue, w: Words): string {
  if (venue.kind === 'place') return [venue.name, venue.address].filter(present).join(', ');
  const parts = [venue.label, venue.address].filter(present);
  return parts.length > 0 ? parts.join(', ') : w.homeNoAddress;
}

// ---------------------------------------------------------------- sections

function meetingDetails(ctx: Ctx, venue: MinutesVenue): Draft {
  const { input, w, words } = ctx;
  const { meeting } = input;
  const from = clockWords(londonTime(meeting.startsAt));
  const to = endTimeWords(meeting.startsAt, meeting.lengthMinutes);
  const date = dayWords(ctx.meetingDate);
  const place = venueWords(venue, w);
  const children = input.family.children.map((c) => {
    const name = knownAs(c);
    return c.dateOfBirth ? `${name} (born ${formatLongDate(c.dateOfBirth)})` : name;
  });
  const chair = [input.chair.name, input.chair.role].filter(present).join(', ');
  return {
    id: 'meeting-details',
    blocks: [
      ul(
        [bold(`${w.date}: `), date],
        [bold(`${w.time}: `), `${from} to ${to}`],
        [bold(`${w.place}: `), place],
        [bold(`${w.kind}: `), `${words.meetingLong} (${words.meetingShort}), ${MEETING_KIND_LABELS[meeting.kind].toLocaleLowerCase('en-GB')}`],
        [bold(`${w.chair}: `), chair],
        [bold(`${w.children}: `), andList(children)],
      ),
    ],
    familyBlocks: [
      p(fill(w.whenFamily, { date, from, to })),
      p(fill(w.whereFamily, { place })),
      p(fill(w.chairFamily, { chair: input.chair.name, lead: words.lead })),
    ],
  };
}

const came = (a: Attendee) => a.attendance === 'attended';

function attendance(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const here = input.record.attendees.filter(came);
  const chairListed = here.some((a) => a.name.trim() === input.chair.name.trim());
  const rows = [
    ...(chairListed ? [] : [{ name: input.chair.name, role: input.chair.role, agency: '', chair: true }]),
    ...here.map((a) => ({ name: a.name, role: a.role, agency: a.agency, chair: a.name.trim() === input.chair.name.trim() })),
  ];
  const professionalRole = (r: (typeof rows)[number]) => (r.chair ? fill(w.chairRole, { role: r.role, lead: ctx.words.lead }).replace(/^ \(/, '(') : r.role);
  const familyRole = (r: (typeof rows)[number]) => {
    const meaning = roleMeaning(r.role, ctx.glossary);
    const role = plain.text(r.role);
    const explained = meaning ? fill(ctx.wording.familyVersion.roleExplained, { role, meaning }) : role;
    return r.chair ? [explained, fill(w.chairFamilyRole, { name: r.name, lead: ctx.words.lead })].filter(present).join(' ') : explained;
  };
  const notRecorded = input.record.attendees.filter((a) => a.attendance === null).map((a) => a.name);
  const blocks: BlockInput[] = [table(w.attendanceCaption, [w.name, w.role, w.agency], rows.map((r) => [r.name, professionalRole(r), r.agency]), [3, 4, 3])];
  const familyBlocks: BlockInput[] = [table(w.attendanceFamilyCaption, [w.name, w.whatTheyDo, w.agency], rows.map((r) => [r.name, familyRole(r), r.agency]), [3, 5, 3])];
  if (notRecorded.length > 0) {
    blocks.push(p(fill(w.notRecordedAttendance, { names: andList(notRecorded) })));
    familyBlocks.push(p(fill(w.notRecordedAttendance, { names: andList(notRecorded) })));
  }
  return { id: 'attendance', blocks, familyBlocks };
}

function apologies(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const people = (kind: Attendee['attendance']) => input.record.attendees.filter((a) => a.attendance === kind);
  const names = (list: Attendee[]) => andList(list.map((a) => (present(a.role) ? `${a.name} (${a.role})` : a.name)));
  const familyList = (list: Attendee[]) => ul(...list.map((a) => (present(a.role) ? fill(w.personAndRole, { name: a.name, role: plain.text(a.role) }) : a.name)));
  const blocks: BlockInput[] = [];
  const familyBlocks: BlockInput[] = [];
  const groups: Array<[Attendee['attendance'], string, string]> = [
    ['apologies', w.apologies, w.apologiesFamily],
    ['written-report', w.writtenReports, w.writtenReportsFamily],
    ['did-not-attend', w.didNotAttend, w.didNotAttendFamily],
  ];
  for (const [kind, line, familyLine] of groups) {
    const list = people(kind);
    if (list.length === 0) continue;
    blocks.push(p(fill(line, { names: names(list) })));
    familyBlocks.push(p(familyLine), familyList(list));
  }
  if (blocks.length === 0) {
    blocks.push(p(w.nobodyAway));
    familyBlocks.push(p(w.nobodyAway));
  }
  return { id: 'apologies-and-reports', blocks, familyBlocks };
}

function confidentiality(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const planned = input.plannedRecipients;
  const list = planned.map((r) => [bold(r.name), [r.role && ` (${r.role})`, `: ${r.basis}`].join('')] as Inline[]);
  const familyList = planned.map((r) => [bold(r.name), r.role ? ` (${plain.text(r.role)})` : ''] as Inline[]);
  return {
    id: 'confidentiality',
    blocks: [
      p(w.confidentiality),
      p(w.familyFirst),
      ...(planned.length > 0 ? [p(w.willReceive), ul(...list)] : [p(w.nobodyElse)]),
      p(fill(w.consentSummary, { summary: input.consentSummary })),
    ],
    familyBlocks: [
      p(w.confidentialityFamily),
      p(w.familyFirstFamily),
      ...(planned.length > 0 ? [p(w.willReceiveFamily), ul(...familyList)] : [p(w.nobodyElseFamily)]),
      p(fill(w.consentSummaryFamily, { summary: input.consentSummary })),
    ],
  };
}

function familyViews(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const text = input.record.familyViews;
  if (!present(text)) return empty(ctx, 'family-views');
  const speakers = input.record.attendees.filter((a) => a.kind === 'family' && came(a)).map((a) => a.name);
  const speaker = speakers.length > 0 ? andList(speakers) : w.familyViewsSpeaker;
  const blocks = [quote(text.trim(), speaker, { ownWords: true })];
  return { id: 'family-views', blocks, familyBlocks: blocks };
}

function howGathered(ctx: Ctx, voice: ChildVoice, name: string): string {
  const { w } = ctx;
  const labels = voice.methods.map((m, i) => (i === 0 ? VOICE_METHOD_LABELS[m] : VOICE_METHOD_LABELS[m].toLocaleLowerCase('en-GB')));
  const methods = andList(labels);
  const parts = [
    present(voice.gatheredBy) ? fill(w.gatheredBy, { methods: methods || VOICE_METHOD_LABELS.talking, by: voice.gatheredBy }) : methods,
    voice.gatheredOn ? fill(w.gatheredOn, { date: formatLongDate(voice.gatheredOn) }) : '',
  ].filter(present);
  const presence = voice.childPresent === null ? '' : fill(voice.childPresent ? w.childPresent : w.childNotPresent, { name });
  return [parts.join(' '), presence].filter(present).join('. ');
}

function childVoice(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const blocks: BlockInput[] = [];
  for (const child of input.family.children) {
    const name = knownAs(child);
    const voice = input.record.childVoices.find((v) => v.childId === child.id);
    if (input.family.children.length > 1) blocks.push(h3(name));
    if (voice?.sharing === 'not-agreed') {
      blocks.push(p(fill(w.childVoiceNotShared, { name, chair: input.chair.name })));
      continue;
    }
    // What the child told school (or another service) in a report is their voice too.
    const told = toldInReports(ctx, child.id, name);
    if (!voice || (!present(voice.words) && VOICE_PROMPTS.every((q) => !present(voice.answers[q.key])) && voice.imageIds.length === 0)) {
      blocks.push(...(told.length > 0 ? told : [p(fill(w.childVoiceNone, { name }))]));
      continue;
    }
    const how = howGathered(ctx, voice, name);
    // How the words were gathered is said once, on the first of the child's quotations.
    let withHow: { howGathered?: string } = present(how) ? { howGathered: how } : {};
    const said = (text: string) => {
      blocks.push(quote(text.trim(), name, { ownWords: true, ...withHow }));
      withHow = {};
    };
    if (present(voice.words)) said(voice.words);
    for (const prompt of VOICE_PROMPTS) {
      const answer = voice.answers[prompt.key];
      if (!present(answer)) continue;
      blocks.push(p(bold(prompt.question)));
      said(answer);
    }
    for (const imageId of voice.imageIds) {
      const picture = input.voiceImages.find((i) => i.id === imageId);
      if (!picture) continue;
      const bytes = base64ToBytesOrNull(picture.base64);
      const alt = present(picture.description) ? picture.description.trim() : fill(w.pictureAlt, { name });
      if (bytes && imageSize(bytes, picture.mediaType)) {
        blocks.push(image({ bytes, mime: picture.mediaType, alt, widthMm: 100, caption: fill(w.pictureCaption, { name }) }));
      } else {
        blocks.push(p(`${fill(w.pictureCaption, { name })}: ${alt}`));
      }
    }
    blocks.push(...told);
    if (voice.sharing === 'agreed' && present(voice.shareWith)) blocks.push(p(fill(w.childVoiceShareWith, { name, who: voice.shareWith.trim() })));
  }
  return { id: 'child-voice', blocks, familyBlocks: blocks };
}

/** A child's own words from the reports sent in, each marked with who wrote them down, when, and how the child said them. */
function toldInReports(ctx: Ctx, childId: string, name: string): BlockInput[] {
  const out: BlockInput[] = [];
  for (const report of ctx.input.reports) {
    if (report.childId !== childId) continue;
    const author = [report.author.name, report.author.role, report.author.agency].filter(present).join(', ');
    const written = present(report.writtenOn) ? formatLongDate(report.writtenOn.slice(0, 10)) : '';
    const said = report.sections.find((s) => s.howChildSaidIt === true && present(s.text))?.text.trim() ?? '';
    const how = [fill(ctx.w.reportChildWordsHow, { author, date: written }).replace(/ in their report of $/, ''), said].filter(present).join('. ');
    for (const section of report.sections) {
      if (section.childsOwnWords === true && present(section.text)) out.push(quote(section.text.trim(), name, { ownWords: true, howGathered: how }));
    }
  }
  return out;
}

/** The written reports sent in, section by section; a child's words in them are quotations. */
export function reportBlocks(
  reports: MinutesInput['reports'],
  w: Words,
  childName: (id: string) => string | null,
  plainText: ((s: string) => string) | null,
): BlockInput[] {
  const out: BlockInput[] = [];
  const t = (s: string) => (plainText ? plainText(s) : s);
  for (const report of reports) {
    const who = [report.author.name, report.author.role, report.author.agency].filter(present);
    out.push(h3(t(fill(w.reportHeading, { name: who[0] ?? '', role: who[1] ?? '', agency: who[2] ?? '' }).replace(/(, )+$/, ''))));
    const written = present(report.writtenOn) ? formatLongDate(report.writtenOn.slice(0, 10)) : '';
    if (written !== '') out.push(p(fill(w.reportWritten, { date: written })));
    const child = childName(report.childId);
    for (const section of report.sections) {
      if (!present(section.text)) continue;
      if (present(section.heading)) out.push(p(bold(t(section.heading))));
      if (section.childsOwnWords === true && child !== null) {
        out.push(quote(section.text.trim(), child, { ownWords: true, howGathered: fill(w.reportChildWordsHow, { author: report.author.name, date: written }) }));
      } else {
        out.push(...paragraphs(t(section.text)));
      }
    }
  }
  return out;
}

function updates(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const items = input.meeting.agenda?.items ?? [];
  const blocks: BlockInput[] = [];
  const familyBlocks: BlockInput[] = [];
  for (const noteEntry of input.record.itemNotes) {
    if (!present(noteEntry.notes)) continue;
    const title = items.find((i) => i.id === noteEntry.itemId)?.title ?? '';
    if (present(title)) {
      blocks.push(h3(fill(w.itemNotesHeading, { title })));
      familyBlocks.push(h3(plain.text(fill(w.itemNotesHeading, { title }))));
    }
    blocks.push(...paragraphs(noteEntry.notes));
    familyBlocks.push(...plain.paragraphs(noteEntry.notes));
  }
  blocks.push(...reportBlocks(input.reports, w, ctx.childName, null));
  familyBlocks.push(...reportBlocks(input.reports, w, ctx.childName, (s) => plain.text(s)));
  if (blocks.length === 0) return empty(ctx, 'updates');
  return { id: 'updates', blocks, familyBlocks };
}

function dueWords(action: Pick<Action, 'dueDate'>, w: Words): string {
  return action.dueDate ? formatLongDate(action.dueDate) : w.noDate;
}

function earlierActions(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const updatesList = input.record.actionUpdates;
  if (updatesList.length === 0) {
    if (input.meeting.kind === 'first' || input.meeting.kind === 'pre-meeting') {
      return { id: 'earlier-actions', blocks: [p(w.firstMeetingNoActions)], familyBlocks: [p(w.firstMeetingNoActions)] };
    }
    return empty(ctx, 'earlier-actions');
  }
  const plain = new Plain(ctx.glossary);
  const rows: Inline[][] = [];
  const familyRows: Inline[][] = [];
  for (const u of updatesList) {
    const action = input.earlierActions.find((a) => a.id === u.actionId);
    if (!action) continue;
    const progress = u.progress ? ACTION_PROGRESS_LABELS[u.progress] : w.notRecorded;
    const carried = u.carriedForward ? w.yes : w.no;
    rows.push([action.what, action.ownerName, dueWords(action, w), progress, u.note, carried]);
    familyRows.push([plain.text(action.what), action.ownerName, dueWords(action, w), progress, plain.text(u.note), carried]);
  }
  if (rows.length === 0) return empty(ctx, 'earlier-actions');
  const header = [w.action, w.owner, w.byWhen, w.progress, w.note, w.carriedForward];
  return {
    id: 'earlier-actions',
    blocks: [table(w.earlierActionsCaption, header, rows, [4, 2, 2, 2, 4, 2])],
    familyBlocks: [table(w.earlierActionsCaption, header, familyRows, [4, 2, 2, 2, 4, 2])],
  };
}

function listSection(ctx: Ctx, id: MinutesSectionId, entries: readonly string[]): Draft {
  const items = entries.filter(present).map((s) => s.trim());
  if (items.length === 0) return empty(ctx, id);
  const plain = new Plain(ctx.glossary);
  return { id, blocks: [ul(...items)], familyBlocks: [ul(...items.map((s) => plain.text(s)))] };
}

function textSection(ctx: Ctx, id: MinutesSectionId, text: string): Draft {
  if (!present(text)) return empty(ctx, id);
  const plain = new Plain(ctx.glossary);
  return { id, blocks: paragraphs(text), familyBlocks: plain.paragraphs(text) };
}

function empty(ctx: Ctx, id: MinutesSectionId): Draft {
  return { id, blocks: [p(ctx.w.nothingRecorded)], familyBlocks: [p(ctx.w.nothingRecorded)] };
}

function scaling(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const answers = input.record.scaling.filter((s) => s.score !== null || present(s.reason));
  if (answers.length === 0) return empty(ctx, 'scaling');
  const nameOf = (s: (typeof answers)[number]) => input.record.attendees.find((a) => a.id === s.attendeeId)?.name ?? s.name;
  const question = present(input.record.scalingQuestion) ? input.record.scalingQuestion.trim() : w.scalingQuestion;
  const plain = new Plain(ctx.glossary);
  const score = (s: (typeof answers)[number]) => (s.score === null ? w.noScore : String(s.score));
  const rows = answers.map((s): Inline[] => [nameOf(s), score(s), s.reason]);
  const familyRows = answers.map((s): Inline[] => [nameOf(s), score(s), plain.text(s.reason)]);
  const header = [w.name, w.score, w.why];
  return {
    id: 'scaling',
    blocks: [p(question), table(w.scalingCaption, header, rows, [3, 2, 6])],
    familyBlocks: [p(plain.text(question)), table(w.scalingCaption, header, familyRows, [3, 2, 6])],
  };
}

function decisions(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const { decision, reasons } = input.record.outcome;
  const plain = new Plain(ctx.glossary);
  const blocks: BlockInput[] = [p(decision ? fill(w.decision, { decision: OUTCOME_LABELS[decision] }) : w.decisionNone)];
  const familyBlocks: BlockInput[] = [p(decision ? plain.text(fill(w.decision, { decision: OUTCOME_LABELS[decision] })) : w.decisionNone)];
  if (present(reasons)) {
    blocks.push(p(bold(w.reasons)), ...paragraphs(reasons));
    familyBlocks.push(p(bold(w.reasons)), ...plain.paragraphs(reasons));
  }
  return { id: 'decisions', blocks, familyBlocks };
}

/** "Leo: getting to school on time", or "The whole family". */
function forWhom(ctx: Ctx, action: Action): string {
  const child = ctx.childName(action.childId);
  const need = action.need?.trim() ?? '';
  if (child === null) return present(need) ? `${ctx.w.wholeFamily}: ${need}` : ctx.w.wholeFamily;
  return present(need) ? `${child}: ${need}` : child;
}

function actionPlan(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const actions = input.actions.filter((a) => a.meetingId === input.meeting.id);
  if (actions.length === 0) return { id: 'action-plan', blocks: [p(w.noActions)], familyBlocks: [p(w.noActions)] };
  const plain = new Plain(ctx.glossary);
  const header = [w.action, w.forWhom, w.owner, w.byWhen, w.howWeWillKnow, w.status];
  const widths = [5, 3, 3, 2, 4, 2];
  const rows = actions.map((a): Inline[] => [a.what, forWhom(ctx, a), a.ownerName, dueWords(a, w), a.howWeWillKnow, ACTION_STATUS_LABELS[a.status]]);
  const familyRows = actions.map((a): Inline[] => [plain.text(a.what), plain.text(forWhom(ctx, a)), a.ownerName, dueWords(a, w), plain.text(a.howWeWillKnow), ACTION_STATUS_LABELS[a.status]]);
  return {
    id: 'action-plan',
    blocks: [table(w.actionPlanCaption, header, rows, widths)],
    familyBlocks: [table(w.actionPlanCaption, header, familyRows, widths)],
  };
}

function nextReview(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const { nextReviewDate, nextReviewTime } = input.record.outcome;
  let text = w.nextReviewNone;
  if (nextReviewDate) {
    const date = dayWords(nextReviewDate);
    if (nextReviewTime) {
      const [hour, minute] = nextReviewTime.split(':').map(Number);
      text = fill(w.nextReviewTime, { date, time: clockWords({ hour: hour ?? 0, minute: minute ?? 0 }) });
    } else {
      text = fill(w.nextReview, { date });
    }
  }
  return { id: 'next-review', blocks: [p(text)], familyBlocks: [p(text)] };
}

function distribution(ctx: Ctx): Draft {
  return { id: 'distribution', ...distributionBlocks(ctx.input.minutes?.distribution ?? [], ctx.w) };
}

function responseBlocks(ctx: Ctx, r: FamilyResponse, sectionHeading: (id: MinutesSectionId) => string): BlockInput[] {
  const { w } = ctx;
  const kind = { agreed: w.responseKindAgreed, 'agreed-with-changes': w.responseKindChanges, disagrees: w.responseKindDisagrees }[r.kind];
  const how = RESPONSE_HOW_LABELS[r.how].toLocaleLowerCase('en-GB');
  const date = formatLongDate(r.givenOn);
  const gathered = fill(w.responseHowGathered, { how, date, by: r.recordedBy });
  const out: BlockInput[] = [p(fill(w.responseLine, { name: r.givenBy.name, kind, how, date }))];
  if (present(r.words)) out.push(quote(r.words.trim(), r.givenBy.name, { ownWords: true, howGathered: gathered }));
  for (const s of r.sections) {
    if (s.answer !== 'wrong' || !present(s.words)) continue;
    out.push(p(bold(fill(w.sectionWrong, { heading: sectionHeading(s.sectionId) }))));
    out.push(quote(s.words.trim(), r.givenBy.name, { ownWords: true, howGathered: gathered }));
  }
  return out;
}

function familyComments(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const heading = (id: MinutesSectionId) => ctx.wording.sections[id].heading;
  const earlier = input.minutes?.earlierResponses ?? [];
  const responses = input.minutes?.responses ?? [];
  const blocks: BlockInput[] = [];
  for (const e of earlier) blocks.push(p(bold(fill(w.earlierVersion, { version: e.version }))), ...responseBlocks(ctx, e.response, heading));
  for (const r of responses) blocks.push(...responseBlocks(ctx, r, heading));
  if (responses.length === 0) blocks.push(p(w.noResponse));
  return { id: 'family-comments', blocks, familyBlocks: blocks };
}

function addAmendments(ctx: Ctx, drafts: Draft[]): void {
  for (const a of ctx.input.minutes?.amendments ?? []) {
    const draft = drafts.find((d) => d.id === a.sectionId);
    if (!draft) continue;
    const date = (() => {
      try {
        return formatLongDate(londonTime(a.at).toPlainDate().toString());
      } catch {
        return a.at;
      }
    })();
    const title = fill(ctx.w.amendment, { date, text: '' }).replace(/:\s*$/, '');
    const blocks = [note(a.text, { title, tone: 'info' }), ...(present(a.reason) ? [p(fill(ctx.w.amendmentReason, { reason: a.reason }))] : [])];
    draft.blocks.push(...blocks);
    draft.familyBlocks.push(...blocks);
  }
}

// ---------------------------------------------------------------- the children's letters

function childLetters(ctx: Ctx): ChildLetterContent[] {
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
      .map((a) => ({ what: childWords(clean(a.what), ctx.glossary), who: ownerForChild(ctx, a, child.id), when: a.dueDate ? formatLongDate(a.dueDate) : '' }))
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
