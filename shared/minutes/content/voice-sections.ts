/** The family's views, the child's voice, and the written reports sent in. */
import { base64ToBytesOrNull } from '../../bytes';
import { type ChildVoice, VOICE_METHOD_LABELS, VOICE_PROMPTS } from '../../domain/meeting-record';
import { knownAs } from '../../domain/person';
import { imageSize } from '../../documents/image-size';
import { bold, h3, image, p, quote } from '../../documents/builders';
import type { BlockInput } from '../../documents/model';
import { formatLongDate } from '../../rules/dates';
import { andList } from '../../words/list';
import type { MinutesInput } from '../types';
import { fill } from '../wording';
import { type Ctx, type Draft, empty, paragraphs, present, type Words } from './context';
import { came } from './meeting-sections';

export function familyViews(ctx: Ctx): Draft {
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

export function childVoice(ctx: Ctx): Draft {
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
