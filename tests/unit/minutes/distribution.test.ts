/**
 * Final minutes are frozen, but their distribution list is not: every copy of the version sent so
 * far is listed, with its recipient and basis, in each copy made after it (read back from Word).
 */
import { describe, expect, it } from 'vitest';
import type { RecipientRef } from '../../../shared/domain/minutes';
import { renderDocx } from '../../../shared/documents/render-docx';
import { minutesContent } from '../../../shared/minutes/content';
import { minutesExport } from '../../../shared/minutes/export';
import { contentForExport, finalise, newMinutesRow, recordCopy, recordFamilyResponse, sendToFamily } from '../../../shared/minutes/workflow';
import { wordText } from '../invitations/read-back';
import { agreement, CHAIR, family, ids, input, more, MUM, NURSE } from './fixtures';

const must = <T,>(r: { ok: true; row: T } | { ok: false; message: string }): T => {
  if (!r.ok) throw new Error(r.message);
  return r.row;
};

const content = minutesContent(input());
const mum: RecipientRef = { id: ids.mum, kind: 'family-member', name: MUM, role: 'Mum', agency: '' };
const nurse: RecipientRef = { id: more.nurse, kind: 'practitioner', name: NURSE, role: 'School nurse', agency: 'Kirkby Community Health' };
const drafted = newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
const sent = must(sendToFamily(drafted, content, { at: '2026-11-23T18:05:00.000Z', by: CHAIR }));
const agreed = must(recordFamilyResponse(sent, { id: 'response-0001', kind: 'agreed', words: '', how: 'in-person-on-laptop', givenBy: { personId: ids.mum, name: MUM }, givenOn: '2026-11-23', recordedAt: '2026-11-23T18:10:00.000Z', recordedBy: CHAIR }));
const final = must(finalise(agreed, content, { at: '2026-11-23T18:15:00.000Z', by: CHAIR }));
const toNurse = must(recordCopy(final, { id: 'copy-000001', recipient: nurse, basis: { kind: 'consent', consentId: 'consent-000001', summary: 'Consent given on 1 September 2026' }, document: 'minutes', format: 'pdf', version: 1, at: '2026-11-24T09:00:00.000Z', by: CHAIR }));

describe('the distribution list of final minutes', () => {
  it('is empty in the frozen version, and lists the copy to the school nurse once it has gone', () => {
    expect(JSON.stringify(final.snapshot?.sections.find((s) => s.id === 'distribution'))).toContain('No copies have been sent yet.');
    const shown = contentForExport(toNurse, content).sections.find((s) => s.id === 'distribution');
    expect(JSON.stringify(shown?.blocks)).toContain(`${NURSE}, School nurse, Kirkby Community Health`);
    // Everything else is as frozen.
    expect(contentForExport(toNurse, content).sections.filter((s) => s.id !== 'distribution')).toEqual(final.snapshot?.sections.filter((s) => s.id !== 'distribution'));
  });

  it('is printed in the copy made next, with the recipient, the basis and when, in Word', async () => {
    const doc = minutesExport({ document: 'minutes', row: toNurse, live: content, family: family(), agreement: agreement(), recipient: mum, createdAt: '2026-11-24T10:00:00.000Z' });
    const text = await wordText(await renderDocx(doc));
    expect(text).toContain(`${NURSE}, School nurse, Kirkby Community Health`);
    expect(text).toContain('Consent given on 1 September 2026');
    // Inside a table the day and month are joined by a no-break space.
    expect(text).toMatch(/24\u00A0November 2026, 9am/);
    const family_ = minutesExport({ document: 'family-version', row: toNurse, live: content, family: family(), agreement: agreement(), recipient: mum });
    expect(await wordText(await renderDocx(family_))).toContain(NURSE);
  });
});
