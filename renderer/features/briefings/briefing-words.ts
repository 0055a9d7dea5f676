import { BRIEFING_KIND_LABELS, type BriefingKind } from '../../../shared/briefing/sections';
import { fileNameFor as withExtension, type FileKind } from '../../../shared/file-kinds';
import { formatLongDate } from '../../../shared/rules/dates';

/** "School briefing" -> "school briefing", for the middle of a sentence. */
export function kindWords(kind: BriefingKind): string {
  return BRIEFING_KIND_LABELS[kind].toLocaleLowerCase('en-GB');
}

/** "23 November 2026" for an ISO date, or the text as it is when it is not one. */
export function dateWords(iso: string): string {
  try {
    return formatLongDate(iso);
  } catch {
    return iso;
  }
}

/** A file name a file system accepts: "Leo Ruiz school briefing.tabriefing". */
export function fileNameFor(childName: string, kind: BriefingKind, file: FileKind): string {
  // eslint-disable-next-line no-control-regex
  const stem = `${childName} ${kindWords(kind)}`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 150);
  return withExtension(stem || 'Briefing', file);
}

export { savedFileWords as savedWords } from '../../components/saved-file-words';

export const SEND_SECURELY =
  'It holds the child’s name and date of birth, so send it the way you send any personal information about a child: by secure email, or as your organisation says.';
