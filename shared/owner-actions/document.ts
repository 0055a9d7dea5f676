/**
 * One practitioner's open actions as a document to send them (Word and PDF, through the pipeline
 * in shared/documents). It holds only what `ownerActions` kept: families left out for consent are
 * counted, never named, so the document does not say who they are.
 */
import { ACTION_STATUS_LABELS } from '../domain/action';
import type { Practitioner } from '../domain/directory';
import { documentOf, h1, h2, note, p, table } from '../documents/builders';
import type { BlockInput, TeamDocument } from '../documents/model';
import { formatLongDate, type IsoDate } from '../rules/dates';
import type { OwnerActionRow, OwnerActions } from '../rules/owner-actions';

export interface OwnerActionsDocumentOptions {
  today: IsoDate;
  /** The area's protective marking, printed on every page. */
  marking: string;
  /** Who made the list (the chair). */
  author: string;
  createdAt?: string;
}

/** "The Ruiz family": families are often named "Ruiz family" already. */
export function familyLabel(name: string): string {
  const trimmed = name.trim();
  return /\bfamily$/i.test(trimmed) ? `The ${trimmed}` : `The ${trimmed} family`;
}

export function ownerActionsTitle(owner: Pick<Practitioner, 'name'>): string {
  return `Open actions for ${owner.name}`;
}

/** "3 December 2026 (overdue)", or "No date agreed". */
export function dueWords(row: Pick<OwnerActionRow, 'dueDate' | 'overdue'>): string {
  if (row.dueDate === null) return 'No date agreed';
  return `${formatLongDate(row.dueDate)}${row.overdue ? ' (overdue)' : ''}`;
}

/** "1 other family's actions are not in this list…": counted, never named. */
export function leftOutWords(count: number, owner: Pick<Practitioner, 'name' | 'agency'>): string {
  const agency = owner.agency.trim() === '' ? '' : ` or ${owner.agency.trim()}`;
  const families = count === 1 ? "1 other family's actions are" : `${count} other families' actions are`;
  return `${families} not in this list, because the family has not agreed to share information with ${owner.name}${agency}.`;
}

export function ownerActionsDocument(owner: Pick<Practitioner, 'name' | 'role' | 'agency'>, list: OwnerActions, options: OwnerActionsDocumentOptions): TeamDocument {
  const title = ownerActionsTitle(owner);
  const count = list.families.reduce((n, f) => n + f.rows.length, 0);
  const blocks: BlockInput[] = [
    h1(title),
    p(`${[owner.role, owner.agency].filter((s) => s.trim() !== '').join(', ')}. As on ${formatLongDate(options.today)}: ${count === 1 ? '1 open action' : `${count} open actions`}, soonest first.`),
  ];
  if (list.families.length === 0) blocks.push(p('There are no open actions to send.'));
  for (const family of list.families) {
    const name = familyLabel(family.familyName);
    blocks.push(
      h2(name),
      table(
        `Open actions with ${name.charAt(0).toLowerCase()}${name.slice(1)}`,
        ['What will be done', 'Done by', 'Where it is up to', 'How we will know'],
        family.rows.map((r) => [r.what, dueWords(r), ACTION_STATUS_LABELS[r.status], r.howWeWillKnow]),
        [4, 2, 2, 3],
      ),
    );
  }
  if (list.leftOut.length > 0) blocks.push(note(leftOutWords(list.leftOut.length, owner), { title: 'Not in this list' }));
  return documentOf(
    {
      title,
      author: options.author,
      subject: `${title}, as on ${formatLongDate(options.today)}`,
      kind: 'other',
      marking: options.marking,
      ...(options.createdAt ? { createdAt: options.createdAt } : {}),
    },
    blocks,
  );
}
