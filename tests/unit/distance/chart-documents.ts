/** The minutes and the family's version of the 1 June meeting, with two earlier meetings: what reading either back must find. */
import type { RecipientRef } from '../../../shared/domain/minutes';
import { minutesContent } from '../../../shared/minutes/content';
import { minutesExport, type MinutesExportKind } from '../../../shared/minutes/export';
import { newMinutesRow } from '../../../shared/minutes/workflow';
import { agreement, CHAIR, family, ids, input, more, MUM, NURSE } from '../minutes/fixtures';
import { distance } from './fixtures';

const row = newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-06-01T18:00:00.000Z', by: CHAIR });
const content = minutesContent(input({ distance }));
export const nurse: RecipientRef = { id: more.nurse, kind: 'practitioner', name: NURSE, role: 'School nurse', agency: 'Kirkby Community Health' };
const mum: RecipientRef = { id: ids.mum, kind: 'family-member', name: MUM, role: 'Mum', agency: '' };

export const chartDocuments: [MinutesExportKind, RecipientRef][] = [['minutes', nurse], ['family-version', mum]];

export function chartDocument(kind: MinutesExportKind, recipient: RecipientRef) {
  return minutesExport({ document: kind, row, live: content, family: family(), agreement: agreement(), recipient, createdAt: '2026-06-01T18:20:00.000Z' });
}

/** What any reading of the chart's document must say, in order within each line. */
export const EXPECTED_LINES = [
  'Scaling went up from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026 (the average of everyone’s scores).',
  `Key: blue solid line with circles: ${MUM}; red dashed line with squares: ${NURSE}; green solid line with triangles: Gran. Along the bottom, 1 is 2 March 2026, 2 is 13 April 2026, 3 is 1 June 2026.`,
  'At the review on 13 April 2026, 4 earlier actions were looked at: 2 done, 1 partly done and 1 not done.',
  'At the review on 1 June 2026, 4 earlier actions were looked at: 3 done and 1 partly done.',
];

/** The table rows, cell by cell. */
export const EXPECTED_ROWS = [
  ['2 March 2026', MUM, '3'], ['2 March 2026', NURSE, '3'],
  ['13 April 2026', MUM, '5'], ['13 April 2026', 'Gran', '4'],
  ['1 June 2026', MUM, '7'], ['1 June 2026', NURSE, '5'],
  ['13 April 2026', '2', '1', '1'], ['1 June 2026', '3', '1', '0'],
];
