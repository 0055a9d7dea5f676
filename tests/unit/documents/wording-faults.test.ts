/**
 * Small wording faults a family would notice, each read back from the Word file's text: no
 * sentence left without its full stop after a team name, no name repeated in brackets after
 * itself, no brackets inside brackets, and a letter to a young child that greets them by first name.
 */
import { describe, expect, it } from 'vitest';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import type { TeamDocument } from '../../../shared/documents/model';
import { renderDocx } from '../../../shared/documents/render-docx';
import { familyVersionDocument, minutesDocument } from '../../../shared/minutes/documents';
import { minutesContent } from '../../../shared/minutes/content';
import { withAside, sentence } from '../../../shared/words/asides';
import { wordText } from '../invitations/read-back';
import { letterInput, meeting as invitationMeeting, family as invitationFamily, ids as letterIds } from '../invitations/fixtures';
import { input, record } from '../minutes/fixtures';

const text = async (doc: TeamDocument) => (await wordText(await renderDocx(doc))).replace(/\s+/g, ' ');
const NESTED = /\([^()]*\(/;

const SCHOOL = 'Oak Primary School';
const school = { id: 'agency:oak-primary-school', kind: 'agency' as const, name: SCHOOL, role: '', agency: SCHOOL };
const content = minutesContent(input({
  record: record({
    attendees: [
      ...record().attendees.filter((a) => a.attendance !== 'written-report'),
      { id: 'prac-dsl-0001', kind: 'practitioner', name: 'Jo Birch', role: 'Designated Safeguarding Lead (DSL)', agency: SCHOOL, attendance: 'written-report', joinedOnTheDay: false },
    ],
  }),
  plannedRecipients: [
    { name: SCHOOL, role: SCHOOL, basis: 'Consent given on 1 September 2026' },
    { name: 'Priya Shah', role: 'SENCO', basis: 'Consent given on 1 September 2026' },
  ],
  minutes: {
    version: 1,
    distribution: [{ id: 'copy-0000001', recipient: school, basis: { kind: 'consent', consentId: 'consent-0001', summary: 'Consent given on 1 September 2026' }, document: 'minutes', format: 'pdf', version: 1, at: '2026-11-30T10:00:00.000Z', by: 'Sam Patel' }],
    responses: [],
    earlierResponses: [],
    amendments: [],
  },
}));

describe('wording', () => {
  it('never repeats a school’s name in brackets after itself, in the minutes or the family’s version', async () => {
    const minutes = await text(minutesDocument(content, { draft: false, variant: 'professional' }));
    const family = await text(familyVersionDocument(content, { draft: false }));
    for (const words of [minutes, family]) {
      expect(words).not.toContain(`${SCHOOL} (${SCHOOL})`);
      expect(words).not.toContain(`${SCHOOL}, ${SCHOOL}`);
    }
    expect(minutes).toContain(`${SCHOOL}: Consent given on 1 September 2026`);
    expect(family).toContain(`${SCHOOL} was sent the minutes (PDF)`);
  });

  it('never puts brackets inside brackets', async () => {
    const minutes = await text(minutesDocument(content, { draft: false, variant: 'professional' }));
    const family = await text(familyVersionDocument(content, { draft: false }));
    expect(minutes).toContain('Sent a written report: Jo Birch, Designated Safeguarding Lead (DSL).');
    expect(family).toContain('Priya Shah, SENCO (Special Educational Needs Co-ordinator)');
    expect(minutes.match(NESTED)).toBeNull();
    expect(family.match(NESTED)).toBeNull();

    const withReport = invitationMeeting({ invitees: invitationMeeting().invitees.map((i) => (i.sendsReport ? { ...i, role: 'SENCO (special needs)' } : i)) });
    const letter = await text(invitationLetter(letterInput(letterIds.mum, { meeting: withReport }), { today: '2026-11-20' }));
    expect(letter).toContain('Priya Shah, SENCO (special needs) cannot come.');
    expect(letter.match(NESTED)).toBeNull();
  });

  it('ends every sentence after a team name with a full stop', async () => {
    const chair = { ...invitationMeeting().chair, role: 'Family support worker in the Kirkby Early Help Team' };
    const meeting = invitationMeeting({ chair, accessNote: 'Step-free access is through the side gate', invitees: invitationMeeting().invitees.filter((i) => i.name !== chair.name) });
    const letter = await text(invitationLetter(letterInput(letterIds.mum, { meeting }), { today: '2026-11-20' }));
    expect(letter).toContain('Family support worker in the Kirkby Early Help Team. Your lead professional: runs the meeting.');
    expect(letter).toContain('Step-free access is through the side gate.');
  });

  it('greets a six-year-old by their first name', async () => {
    const base = invitationFamily();
    const family = { ...base, children: base.children.map((c) => (c.id === letterIds.amir ? { ...c, name: 'Adrian Porter', preferredName: '', dateOfBirth: '2020-05-01' } : c)) };
    const letter = await text(invitationLetter(letterInput(letterIds.amir, { family }), { today: '2026-11-20' }));
    expect(letter).toContain('Dear Adrian,');
    expect(letter).not.toContain('Dear Adrian Porter');
  });

  it('writes to a child about themselves as "you", and about their sister by her first name', async () => {
    const letter = await text(invitationLetter(letterInput(letterIds.amir), { today: '2026-11-20' }));
    expect(letter).toContain('I would like to invite you to a Team Around the Family meeting about you and Layla.');
    expect(letter).toContain('This support is called early help. Your family agreed to it, and you can ask questions about it at any time.');
    expect(letter).toContain('You are welcome to come for part of the meeting: Amir\'s views.');
    expect(letter).toContain('Layla does not need to come. We will still make sure Layla\'s views are heard.');
    expect(letter).not.toContain('Amir Haddad');
    // A parent's letter still names both children in full.
    const mum = await text(invitationLetter(letterInput(letterIds.mum), { today: '2026-11-20' }));
    expect(mum).toContain("about Amir Haddad and Layla O'Brien-Haddad.");
    expect(mum).toContain('This support is called early help. You agreed to it');
  });

  it('asides and sentences', () => {
    expect(withAside('Tom Reed', 'Housing officer')).toBe('Tom Reed (Housing officer)');
    expect(withAside(SCHOOL, ` ${SCHOOL.toUpperCase()} `)).toBe(SCHOOL);
    expect(withAside('Jo Birch', 'DSL (Designated Safeguarding Lead)')).toBe('Jo Birch, DSL (Designated Safeguarding Lead)');
    expect(withAside('Jo Birch', '')).toBe('Jo Birch');
    expect(sentence('Kirkby Early Help Team')).toBe('Kirkby Early Help Team.');
    expect(sentence('Is that all right?')).toBe('Is that all right?');
    expect(sentence('(see the map.)')).toBe('(see the map.)');
  });
});
