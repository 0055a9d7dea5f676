/**
 * The briefing as a document to read, in Word and PDF (the pipeline in shared/documents): who it
 * is about and who wrote it, the attendance as a table with the percentages worked out and
 * persistent absence explained, then each section the author wrote. What the child said is a
 * quotation marked as the child's own words, with how and when it was said.
 */
import { bold, documentOf, h1, h2, note, p, quote, table } from '../documents/builders';
import type { BlockInput, TeamDocument } from '../documents/model';
import { formatLongDate } from '../rules/dates';
import { formatPercent, PERSISTENT_ABSENCE_WORDS, SESSION_WORDS, summariseAttendance } from '../rules/school-attendance';
import { briefingTitle } from './authored';
import type { BriefingBody, TermFigures } from './file-format';
import { ATTENDANCE_HEADING, PROGRESS_LEVEL_HEADING, PROGRESS_LEVEL_LABELS, SECTION_KEYS, sectionWords } from './sections';

export interface BriefingDocumentOptions {
  /** The area's protective marking, printed on every page. */
  marking: string;
  /** ISO date-time written into the file's metadata. */
  createdAt?: string;
}

function attendanceBlocks(attendance: BriefingBody['content']['attendance']): BlockInput[] {
  const terms = attendance ? [attendance.thisTerm, attendance.lastTerm].filter((t): t is TermFigures => t !== null) : [];
  if (terms.length === 0) return [];
  const summaries = terms.map((t) => ({ term: t.term, ...summariseAttendance({ possible: t.sessionsPossible, attended: t.sessionsAttended, late: t.lateSessions }) }));
  const rows = summaries.map((s) => [s.term, String(s.possible), String(s.attended), formatPercent(s.attendancePercent), s.late === 0 ? '0' : `${s.late} (${formatPercent(s.latePercent)})`, s.persistentAbsence ? 'Yes' : 'No']);
  const blocks: BlockInput[] = [
    h2(ATTENDANCE_HEADING),
    p(SESSION_WORDS),
    table('Attendance this term and last term', ['Term', 'Sessions possible', 'Sessions attended', 'Attendance', 'Late sessions', 'Persistent absence'], rows, [3, 2, 2, 2, 2, 2]),
  ];
  const persistent = summaries.filter((s) => s.persistentAbsence).map((s) => s.term);
  if (persistent.length > 0) blocks.push(note(PERSISTENT_ABSENCE_WORDS, { title: `Persistent absence in the ${persistent.join(' and the ')}`, tone: 'important' }));
  return blocks;
}

/** Paragraphs for text with line breaks: one paragraph per non-empty line. */
function paragraphs(text: string): BlockInput[] {
  return text
    .split(/\r\n|\r|\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => p(line));
}

export function briefingDocument(body: BriefingBody, options: BriefingDocumentOptions): TeamDocument {
  const { kind, content, author, child } = body;
  const title = briefingTitle(kind, child.name);
  const about: Array<[string, string]> = [
    ['Child', child.name],
    ['Date of birth', formatLongDate(child.dateOfBirth)],
    ['Written by', author.name],
    ['Role', author.role],
    [kind === 'school-briefing' ? 'School' : 'Service', author.agency],
    ['Date written', formatLongDate(body.writtenOn)],
  ];
  const blocks: BlockInput[] = [
    h1(title),
    p(
      kind === 'school-briefing'
        ? 'Prepared by the school for the Team Around meeting, so the meeting knows what school sees.'
        : 'A written report for the Team Around meeting, from someone who cannot come to it.',
    ),
    ...about.map(([label, value]) => p(bold(`${label}: `), value)),
    ...attendanceBlocks(content.attendance),
  ];
  for (const key of SECTION_KEYS) {
    const heading = sectionWords(kind, key).heading;
    if (key === 'childsWordsHow') continue;
    if (key === 'childsWords') {
      if (content.childsWords === '') continue;
      const how = content.childsWordsHow === '' ? {} : { howGathered: content.childsWordsHow };
      blocks.push(h2(heading), quote(content.childsWords, child.name, { ownWords: true, ...how }));
      continue;
    }
    if (key === 'progress' && content.progressLevel) {
      blocks.push(h2(heading), p(`${PROGRESS_LEVEL_HEADING}: ${PROGRESS_LEVEL_LABELS[content.progressLevel]}.`), ...paragraphs(content.progress));
      continue;
    }
    if (content[key] === '') continue;
    blocks.push(h2(heading), ...paragraphs(content[key]));
  }
  return documentOf(
    {
      title,
      author: author.name,
      subject: `${title}, written ${formatLongDate(body.writtenOn)}`,
      kind: kind === 'school-briefing' ? 'school-briefing' : 'other',
      marking: options.marking,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
    blocks,
  );
}
