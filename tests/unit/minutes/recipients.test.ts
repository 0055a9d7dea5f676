/**
 * The consent gate for the export dialog (table-driven), the safeguarding route, and the per-recipient
 * redaction of safety-flagged details: Dad's copy carries none of Mum's details in any byte of the
 * Word file, while Mum's own copy and the nurse's copy keep them.
 */
import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../shared/domain/consent';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { renderDocx } from '../../../shared/documents/render-docx';
import { minutesContent } from '../../../shared/minutes/content';
import { minutesExport, WithheldInCopyError, type MinutesExportKind } from '../../../shared/minutes/export';
import { leftOutFor, possibleRecipients, redactContentFor, safeguardingBasis, type RecipientsQuestion } from '../../../shared/minutes/recipients';
import { finalise, newMinutesRow, recordFamilyResponse, sendToFamily } from '../../../shared/minutes/workflow';
import { allDocxXml, squash, wordText } from '../invitations/read-back';
import { earlyHelp, given, refused, school, share, withdrawn } from '../shared/consent-fixtures';
import { agreement, CHAIR, consents, DAD, directory, family, ids, input, meeting, more, MUM, MUM_SECRETS, NURSE, record, TODAY } from './fixtures';

function question(over: Partial<RecipientsQuestion> = {}): RecipientsQuestion {
  return {
    family: family(),
    consents: consents(),
    today: TODAY,
    document: 'minutes',
    final: true,
    invitees: meeting().invitees,
    attendees: record().attendees,
    directory,
    ...over,
  };
}

const byName = (q: RecipientsQuestion) => Object.fromEntries(possibleRecipients(q).map((o) => [o.recipient.name, o]));

describe('who may have a copy today', () => {
  it('lists the family first, then practitioners and agencies, each once', () => {
    expect(possibleRecipients(question()).map((o) => [o.recipient.name, o.recipient.kind])).toEqual([
      [MUM, 'family-member'],
      [DAD, 'family-member'],
      [NURSE, 'practitioner'],
      ['Priya Shah', 'practitioner'],
      ['Tom Reed', 'practitioner'],
      ['School', 'agency'],
      ['Kirkby Community Health', 'agency'],
      ['Housing', 'agency'],
      ['Health visitor', 'agency'],
    ]);
  });

  it.each<[string, Partial<RecipientsQuestion>, string, boolean, RegExp]>([
    ['a parent with parental responsibility', {}, MUM, true, /is in the family\. The family always receives their own documents, and first\./],
    ['a parent, before the minutes are final', { final: false }, DAD, true, /is in the family/],
    ['a practitioner whose agency the family agreed to', {}, NURSE, true, /Siobhán Ní Bhriain gave consent to share with Kirkby Community Health on 1 September 2026 \(signed form\)\./],
    ['the same practitioner before the minutes are final', { final: false }, NURSE, false, /these minutes are not final yet\. The family sees them first/],
    ['an agency the family withdrew consent from', {}, 'Housing', false, /withdrew consent to share with Housing on 10 November 2026\. Do not send the minutes to Housing\./],
    ['a practitioner at that agency', {}, 'Tom Reed', false, /withdrew consent to share with Housing/],
    ['a practitioner whose agency was never asked about', { consents: [given(earlyHelp, '2026-09-01')] }, NURSE, false, /has not been asked about sharing with Ștefan Rădulescu \(Kirkby Community Health\)/],
    ['anyone, once early help itself is withdrawn', { consents: [...consents(), withdrawn(earlyHelp, '2026-11-20')] }, 'School', false, /withdrew consent to early help on 20 November 2026, so nothing is shared with School/],
    ['a refusal', { consents: [given(earlyHelp, '2026-09-01'), refused(share(school), '2026-09-01')] }, 'School', false, /said no to sharing with School/],
    ['consent past its review date', { consents: [given(earlyHelp, '2026-09-01'), given(share(school), '2026-09-01', { reviewBy: '2026-11-01' })] }, 'School', false, /was due for review by 1 November 2026/],
    ['an action plan for the agency before final', { document: 'action-plan', final: false }, 'School', false, /not final yet/],
    ['a meeting pack needs no final minutes', { document: 'meeting-pack', final: false }, 'School', true, /gave consent to share with School/],
  ])('%s', (_name, over, who, allowed, why) => {
    const option = byName(question(over))[who];
    expect(option?.allowed).toBe(allowed);
    expect(option?.why).toMatch(why);
    expect(option?.basis === null).toBe(!allowed);
  });

  it('records the consent event behind a consent basis', () => {
    const log = consents();
    const option = byName(question({ consents: log }))[NURSE];
    expect(option?.basis).toEqual({ kind: 'consent', consentId: log[2]?.id, summary: option?.why });
  });

  it('withdrawing consent removes a recipient who was allowed the day before', () => {
    const before = consents();
    expect(byName(question({ consents: before }))['School']?.allowed).toBe(true);
    const after: ConsentEvent[] = [...before, withdrawn(share(school), TODAY)];
    expect(byName(question({ consents: after }))['School']).toMatchObject({ allowed: false, basis: null });
  });

  it('a carer without parental responsibility for any child is not offered the family copy', () => {
    const f = family();
    const noPr = { ...f, carers: f.carers.map((c) => (c.id === ids.dad ? { ...c, childRelationships: c.childRelationships.map((r) => ({ ...r, parentalResponsibility: 'no' as const })) } : c)) };
    const dad = byName(question({ family: noPr }))[DAD];
    expect(dad?.allowed).toBe(false);
    expect(dad?.why).toContain('does not have parental responsibility');
  });

  it('offers the child their own letter', () => {
    const names = possibleRecipients(question({ document: 'child-letter' })).filter((o) => o.recipient.kind === 'family-member').map((o) => o.recipient.name);
    expect(names).toEqual([MUM, DAD, 'Amir Haddad', "Layla O'Brien-Haddad"]);
  });

  it('says what each copy leaves out', () => {
    expect(leftOutFor(ids.dad, family())).toEqual([`${MUM}'s phone number`, `${MUM}'s email address`, `${MUM}'s address`]);
    expect(byName(question())[DAD]?.leftOut).toHaveLength(3);
    expect(byName(question())[NURSE]?.leftOut).toEqual([]);
  });
});

describe('the safeguarding route', () => {
  it('never needs consent, but needs a reason', () => {
    expect(safeguardingBasis('  ')).toEqual({ ok: false, message: 'Say why this is a safeguarding referral: what makes you believe a child may be at risk of significant harm.' });
    expect(safeguardingBasis(' Amir said he is hit at home. ')).toEqual({ ok: true, basis: { kind: 'safeguarding', reason: 'Amir said he is hit at home.' } });
  });
});

describe('per-recipient redaction', () => {
  const content = minutesContent(input());
  const all = (value: unknown) => squash(JSON.stringify(value));

  it('the content itself holds Mum’s details (typed into the notes), so the test can fail', () => {
    for (const secret of ['12 Elm Road', 'LS1 4AP', '07700 900123', '0113 496 0000']) expect(all(content)).toContain(squash(secret));
  });

  it('Dad’s copy of the content has none of them, and says they are not shown', () => {
    const dads = redactContentFor(content, family(), ids.dad);
    for (const secret of MUM_SECRETS) expect(all(dads).toLowerCase()).not.toContain(squash(secret).toLowerCase());
    expect(JSON.stringify(dads)).toContain('(not shown in this copy)');
    expect(dads.sections.map((s) => s.id)).toEqual(content.sections.map((s) => s.id));
  });

  it('Mum’s own copy and the nurse’s copy are unchanged', () => {
    expect(redactContentFor(content, family(), ids.mum)).toBe(content);
    expect(redactContentFor(content, family(), more.nurse)).toBe(content);
  });

  function rows(): MinutesRow {
    const sent = sendToFamily(newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR }), content, { at: '2026-11-23T18:05:00.000Z', by: CHAIR });
    if (!sent.ok) throw new Error(sent.message);
    const agreed = recordFamilyResponse(sent.row, { id: 'response-0001', kind: 'agreed', how: 'in-person-on-laptop', givenBy: { personId: ids.mum, name: MUM }, givenOn: '2026-11-23', recordedAt: '2026-11-23T18:10:00.000Z', recordedBy: CHAIR });
    if (!agreed.ok) throw new Error(agreed.message);
    const final = finalise(agreed.row, content, { at: '2026-11-23T18:15:00.000Z', by: CHAIR });
    if (!final.ok) throw new Error(final.message);
    return final.row;
  }

  const dad = { id: ids.dad, kind: 'family-member' as const, name: DAD, role: 'Dad', agency: '' };

  it.each<MinutesExportKind>(['minutes', 'family-version', 'review-copy', 'action-plan'])('no byte of Dad’s Word %s holds any of Mum’s details', async (document) => {
    const doc = minutesExport({ document, row: rows(), live: content, family: family(), agreement: agreement(), recipient: dad });
    const bytes = await renderDocx(doc);
    const xml = squash(await allDocxXml(bytes)).toLowerCase();
    const text = squash(await wordText(bytes)).toLowerCase();
    for (const secret of MUM_SECRETS) {
      expect(xml).not.toContain(squash(secret).toLowerCase());
      expect(text).not.toContain(squash(secret).toLowerCase());
    }
    // Mum's copy of the same document does carry the address she typed in (the minutes' own words).
    if (document === 'minutes') {
      const mums = await renderDocx(minutesExport({ document, row: rows(), live: content, family: family(), agreement: agreement(), recipient: { ...dad, id: ids.mum, name: MUM } }));
      expect(squash(await wordText(mums))).toContain(squash('12 Elm Road, Flat 3, LS1 4AP'));
    }
  });

  it('a meeting at Mum’s home is "a family home" in Dad’s copy', async () => {
    const atHome = minutesContent(input({ meeting: meeting({ place: { kind: 'home', householdId: ids.mumHome } }) }));
    const doc = minutesExport({ document: 'minutes', row: rows(), live: atHome, family: family(), agreement: agreement(), recipient: dad });
    // Final minutes use the frozen content: the one agreed at school. Build from a draft row instead.
    const draft = newMinutesRow({ id: 'minutes-0009', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
    const fromDraft = minutesExport({ document: 'minutes', row: draft, live: atHome, family: family(), agreement: agreement(), recipient: dad });
    const text = await wordText(await renderDocx(fromDraft));
    expect(text).toContain('Place: (not shown in this copy)');
    expect(await wordText(await renderDocx(doc))).toContain('Place: Oak Lane Primary School, family room');
  });

  it('replaces a withheld detail typed with other spacing and case', () => {
    const draft = newMinutesRow({ id: 'minutes-0009', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
    const typed = minutesContent(input({ record: record({ familyViews: 'Write to flat 3, ls1 4ap, or ring 0113-496-0000 or +44 (0)7700 900 123.' }) }));
    const doc = minutesExport({ document: 'minutes', row: draft, live: typed, family: family(), agreement: agreement(), recipient: dad });
    const text = JSON.stringify(doc);
    expect(text).toContain('Write to (not shown in this copy), or ring (not shown in this copy) or (not shown in this copy).');
  });

  it('refuses to make a copy when a withheld detail slips past the redaction (the leak guard is the last check)', () => {
    // The same address with its accent typed as two characters (decomposed): the redaction looks for
    // the exact characters, the leak guard compares normalised text and stops the copy.
    const base = family();
    const f = { ...base, households: base.households.map((h) => (h.id === ids.mumHome ? { ...h, address: { ...h.address, line1: '5 Allée Verte' } } : h)) };
    const draft = newMinutesRow({ id: 'minutes-0009', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
    const typed = minutesContent(input({ family: f, record: record({ familyViews: `Visit me at ${'5 Allée Verte'.normalize('NFD')}.` }) }));
    expect(() => minutesExport({ document: 'minutes', row: draft, live: typed, family: f, agreement: agreement(), recipient: dad })).toThrow(WithheldInCopyError);
    expect(() => minutesExport({ document: 'minutes', row: draft, live: typed, family: f, agreement: agreement(), recipient: dad })).toThrow(`This copy for ${DAD} would show a detail that a safety flag hides from them. Take it out of the minutes and try again.`);
    // Mum's own copy is fine.
    expect(() => minutesExport({ document: 'minutes', row: draft, live: typed, family: f, agreement: agreement(), recipient: { ...dad, id: ids.mum, name: MUM } })).not.toThrow();
  });
});
