/**
 * The family invitation letter, exported to Word and read back; and the safety rule that a
 * letter for Dad carries nothing of Mum's flagged address, phone or email, in any part of the
 * .docx or in the print HTML.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import { WithheldDetailError } from '../../../shared/documents/invitation/leak-guard';
import { meetingTimeWords } from '../../../shared/time/london';
import { area, family, ids, letterInput, meeting, MUM_SECRETS } from './fixtures';
import { allDocxXml, decodeEntities, squash, wordText } from './read-back';

const today = '2026-11-20';

function expectNoSecrets(text: string): void {
  const flat = squash(decodeEntities(text));
  for (const secret of MUM_SECRETS) expect(flat, secret).not.toContain(squash(decodeEntities(secret)));
}

describe('the invitation letter in Word', () => {
  it('says who is coming and what they do, when, where, and how to ask for another time', async () => {
    const text = await wordText(await renderDocx(invitationLetter(letterInput(ids.mum), { today })));
    for (const expected of [
      'Invitation to a Team Around the Family meeting',
      '20 November 2026',
      'Dear Siobhán Ní Bhriain,',
      'Thursday 3 December 2026 at 4pm',
      'It will last about 1 hour, until 5pm.',
      'Oak Lane Primary School, family room',
      'Oak Lane, Bradford, BD5 0AA',
      'step-free access through the side gate',
      'Ștefan Rădulescu',
      "School nurse: looks after children's health in school",
      'Kirkby Community Health',
      'محمد حداد',
      'Siobhán Ní Bhriain (you)',
      'Priya Shah (SENCO: helps children who need extra help with learning) cannot come',
      'How the plan is going: We look at each thing we agreed last time.',
      "Amir Haddad is welcome to come for part of the meeting: Amir's views.",
      'If this time does not suit you',
      'You can ring me on 01632 960 111 or email me at sam.patel@example.gov.uk.',
      'It helps if you can let me know by Monday 30 November 2026.',
      'We can meet after 3:15pm, after the school run.',
      'I am your lead professional. This means I bring everyone together',
      '(a TAF meeting for short)',
      'Keeping things private',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // Mum sees her own details where they belong; the letter does not print any date of birth.
    expect(text).not.toMatch(/2016|2019/);
  });

  it('marks DRAFT on every page when asked, and PRACTICE for the practice family', async () => {
    const plain = await allDocxXml(await renderDocx(invitationLetter(letterInput(ids.mum), { today })));
    expect(plain).toContain('OFFICIAL-SENSITIVE');
    expect(plain).not.toContain('DRAFT');
    expect(plain).not.toContain('PRACTICE');
    const practice = letterInput(ids.mum, { family: family({ isPractice: true }) });
    const xml = await allDocxXml(await renderDocx(invitationLetter(practice, { today, draft: true })));
    expect(xml).toContain('DRAFT - not yet agreed with the family');
    expect(xml).toContain('PRACTICE - made-up example, not about a real family');
  });

  it("uses the area's words: TAC and lead practitioner", async () => {
    const tac = { ...area, words: { meeting: 'TAC', lead: 'lead practitioner', service: 'family help' } } as const;
    const text = await wordText(await renderDocx(invitationLetter(letterInput(ids.mum, { area: tac }), { today })));
    expect(text).toContain('A Team Around the Child meeting (a TAC meeting for short) brings together you and the people who work with Amir Haddad and Layla O');
    expect(text).toContain('I am your lead practitioner.');
    expect(text).toContain('This support is called family help.');
  });

  it('writes London wall-clock times in words, summer and winter', () => {
    expect(meetingTimeWords('2026-12-03T16:00:00+00:00')).toBe('Thursday 3 December 2026 at 4pm');
    expect(meetingTimeWords('2026-07-09T15:30:00Z')).toBe('Thursday 9 July 2026 at 4:30pm');
    expect(meetingTimeWords('2026-10-29T12:00:00+00:00[Europe/London]')).toBe('Thursday 29 October 2026 at 12 noon');
  });
});

describe("Dad's letter when Mum's details are flagged never to be shown to him", () => {
  it('has no byte of her address, phone or email in any part of the .docx, or in the print HTML', async () => {
    const doc = invitationLetter(letterInput(ids.dad), { today });
    expectNoSecrets(await allDocxXml(await renderDocx(doc)));
    expectNoSecrets(renderHtml(doc));
    expect(await wordText(await renderDocx(doc))).toContain('Dear محمد حداد,');
  });

  it('says the address will be shared separately when the meeting is at her home', async () => {
    const atMums = letterInput(ids.dad, { meeting: meeting({ venue: { kind: 'home', householdId: ids.mumHome } }) });
    const doc = invitationLetter(atMums, { today });
    expect(await wordText(await renderDocx(doc))).toContain('The meeting will be at a family home. I will tell you the address separately.');
    expectNoSecrets(await allDocxXml(await renderDocx(doc)));
    expectNoSecrets(renderHtml(doc));
    // Mum's own letter gives her the address.
    const mumsDocx = await renderDocx(invitationLetter({ ...atMums, recipientId: ids.mum }, { today }));
    expect(await wordText(mumsDocx)).toContain('12 Elm Road, Flat 3, Leeds, LS1 4AP');
    // The check above is not vacuous: it finds the address in Mum's own file.
    const mumsXml = await allDocxXml(mumsDocx);
    expect(() => expectNoSecrets(mumsXml)).toThrow();
  });

  it('refuses to build when a hand-typed note would give a withheld detail away', () => {
    for (const accessNote of ['Park outside 12 elm road.', 'Ring Mum on 07700-900-123 if lost.', 'Postcode LS14AP']) {
      expect(() => invitationLetter(letterInput(ids.dad, { meeting: meeting({ accessNote }) }), { today })).toThrow(WithheldDetailError);
      // The same note is fine in Mum's own letter: nothing is hidden from her.
      expect(() => invitationLetter(letterInput(ids.mum, { meeting: meeting({ accessNote }) }), { today })).not.toThrow();
    }
  });

  it('does not throw for an ended flag, and then shows the details again', async () => {
    const f = family();
    const ended = family({ safetyFlags: f.safetyFlags.map((flag) => ({ ...flag, ended: { on: '2026-11-01', by: 'Sam Patel', reason: 'Order ended' } })) });
    const input = letterInput(ids.dad, { family: ended, meeting: meeting({ venue: { kind: 'home', householdId: ids.mumHome } }) });
    expect(await wordText(await renderDocx(invitationLetter(input, { today })))).toContain('12 Elm Road');
  });

  it('refuses a recipient who is not in the family', () => {
    expect(() => invitationLetter(letterInput('prac-nurse-01'), { today })).toThrow(/addressed to someone in this family/);
  });
});
