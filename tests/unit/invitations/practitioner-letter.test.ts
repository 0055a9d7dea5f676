/**
 * A practitioner's short letter, read back from Word: when and where, the agenda, each role in
 * plain words, what the family has agreed may be shared with this practitioner (mayReceive), and
 * what to do if they cannot come; nothing of Mum's flagged details.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/documents/render-docx';
import { practitionerLetter, type PractitionerLetterInput } from '../../../shared/documents/invitation/practitioner-letter';
import { earlyHelp, given, share } from '../shared/consent-fixtures';
import { area, family, ids, ids2, meeting, MUM_SECRETS } from './fixtures';
import { allDocxXml, decodeEntities, squash, wordText } from './read-back';

const today = '2026-11-20';
const mumRef = { personId: ids.mum, name: 'Siobhán Ní Bhriain', role: 'Mum' };
const input = (overrides: Partial<PractitionerLetterInput> = {}): PractitionerLetterInput => ({ family: family(), recipientId: ids2.nurse, meeting: meeting(), area, consents: [], ...overrides });
const read = async (i: PractitionerLetterInput) => (await wordText(await renderDocx(practitionerLetter(i, { today })))).replace(/\s+/g, ' ');

describe("a practitioner's letter", () => {
  it('gives the time, the place, who is coming and the agenda', async () => {
    const text = await read(input());
    for (const expected of [
      'Invitation to a Team Around the Family meeting',
      'Dear Ștefan Rădulescu,',
      'I am the family\'s lead professional, and I will chair it. A calendar invitation comes with this letter.',
      'Thursday 3 December 2026 at 4pm',
      'Oak Lane Primary School, family room',
      'Ștefan Rădulescu (you)',
      'Family support worker. A person who comes to help your family with day-to-day things',
      'How the plan is going: We look at each thing we agreed last time.',
      'If you cannot come',
      'ring me on 01632 960 111 or email me at sam.patel@example.gov.uk',
      'send me a short written report before the meeting',
    ]) expect(text).toContain(expected);
    expect(text).not.toContain('You can bring someone with you for support');
  });

  it('says what may be shared with them only when the family agreed to share with them or their agency', async () => {
    const none = await read(input());
    expect(none).toContain('The family has not agreed (or not yet been asked) that information about them can be shared with you.');
    const consents = [
      given(earlyHelp, '2026-10-01', { by: mumRef }),
      given(share({ kind: 'agency', agency: 'Kirkby Community Health' }), '2026-10-01', { by: mumRef }),
    ];
    const agreed = await read(input({ consents }));
    expect(agreed).toContain('The family has agreed that information about them can be shared with you.');
    expect(agreed).toContain('they work for Kirkby Community Health, and Siobhán Ní Bhriain gave consent to share with Kirkby Community Health on 1 October 2026');
    // The same consent says nothing for someone at another agency.
    const other = await read(input({ consents, recipientId: ids2.send }));
    expect(other).toContain('The family has not agreed (or not yet been asked)');
  });

  it("has none of Mum's flagged details for someone they are hidden from, and is never addressed to the family", async () => {
    const base = family();
    const flagged = { ...base, safetyFlags: base.safetyFlags.map((f) => ({ ...f, hiddenFrom: [...f.hiddenFrom, ids2.nurse] })) };
    const doc = practitionerLetter(input({ family: flagged, meeting: meeting({ venue: { kind: 'home', householdId: ids.mumHome } }) }), { today });
    const bytes = await renderDocx(doc);
    const flat = squash(decodeEntities(await allDocxXml(bytes)));
    for (const secret of MUM_SECRETS) expect(flat, secret).not.toContain(squash(decodeEntities(secret)));
    expect(await wordText(bytes)).toContain('The meeting will be at a family home. I will tell you the address separately.');
    expect(() => practitionerLetter(input({ recipientId: ids.mum }), { today })).toThrow('addressed to a practitioner');
  });
});
