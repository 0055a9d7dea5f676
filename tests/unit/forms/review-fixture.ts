/** A review file's makings for Dad in the separated family of the minutes tests (Mum's details hidden from him). */
import { minutesContent } from '../../../shared/minutes/content';
import { redactContentFor } from '../../../shared/minutes/recipients';
import { newMinutesRow, sendToFamily } from '../../../shared/minutes/workflow';
import { reviewPayload, type ReviewFileRef } from '../../../shared/forms/review';
import type { PublicInfo } from '../../../shared/forms/envelope';
import { DAD, family, ids, input, more } from '../minutes/fixtures';

export const CHAIR_KEY = { kty: 'EC', crv: 'P-256', x: 'x'.repeat(43), y: 'y'.repeat(43) } as const;

export function reviewFixture() {
  const fam = family();
  const content = minutesContent(input());
  const drafted = newMinutesRow({ id: 'minutes-000001', familyId: fam.id, meetingId: more.meeting, at: '2026-11-20T09:00:00.000Z', by: 'Sam Patel' });
  const sent = sendToFamily(drafted, content, { at: '2026-11-21T09:00:00.000Z', by: 'Sam Patel' });
  if (!sent.ok) throw new Error(sent.message);
  const row = sent.row;
  const person = { id: ids.dad, name: DAD };
  const formId = 'form-review-000001';
  const redacted = redactContentFor(content, fam, person.id);
  const payload = reviewPayload({ formId, row, redacted, person, chairKey: CHAIR_KEY });
  const publicInfo: PublicInfo = { title: 'Minutes to check', from: 'Sam Patel, Family support worker, Kirkby Early Help', contact: '', madeOn: '2026-11-21' };
  const file: ReviewFileRef = { formId, personId: person.id, personName: person.name };
  return { family: fam, content, row, person, formId, payload, publicInfo, file };
}
