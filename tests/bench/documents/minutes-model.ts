/** Ours: the minutes as the app builds them, a TeamDocument from the shared document builders. */
import { documentOf, h1, h2, p, table, ul } from '../../../shared/documents/builders';
import type { BlockInput, TeamDocument } from '../../../shared/documents/model';
import { ACTION_COLUMNS, actionCells, type MinutesContent } from './minutes-content';

export const MINUTES_CREATED_AT = '2026-11-23T17:00:00+00:00';

export function minutesDocument(content: MinutesContent): TeamDocument {
  const blocks: BlockInput[] = [h1(content.title), p(content.subtitle), h2('Who came'), ul(...content.attendees)];
  for (const section of content.sections) {
    blocks.push(h2(section.heading), ...section.paragraphs.map((text) => p(text)), ul(...section.points));
  }
  blocks.push(
    h2('Actions agreed'),
    table('Actions agreed at this meeting: what, who, by when, and how we will know it has worked', [...ACTION_COLUMNS], content.actions.map(actionCells), [4, 2, 1.2, 3, 1.2]),
  );
  return documentOf(
    { title: content.title, author: 'Siân Prydderch', subject: 'Team Around the Family review', kind: 'minutes', createdAt: MINUTES_CREATED_AT },
    blocks,
  );
}
