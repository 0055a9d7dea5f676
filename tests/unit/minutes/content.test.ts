/** The minutes' content: standard order, people's own words kept exactly, the family's version in plain words, the child's letter. */
import { describe, expect, it } from 'vitest';
import wordingJson from '../../../templates/minutes/wording.json';
import { MINUTES_SECTION_IDS, type MinutesContent, type MinutesSection } from '../../../shared/domain/minutes';
import type { Block } from '../../../shared/documents/model';
import { minutesContent } from '../../../shared/minutes/content';
import { actionPlanDocument, childLetterDocument, familyVersionDocument, minutesDocument, reviewCopyDocument } from '../../../shared/minutes/documents';
import { agendaDocument, meetingPackDocument } from '../../../shared/minutes/meeting-documents';
import { minutesExport, NotAgreedYetError, WithheldInCopyError } from '../../../shared/minutes/export';
import { parseMinutesWording } from '../../../shared/minutes/wording';
import { newMinutesRow } from '../../../shared/minutes/workflow';
import { actions, agreedRow, agreement, AMIR_WORDS, area, CHAIR, DAD, family, ids, input, meeting, more, MUM, NURSE, picture, record, reports } from './fixtures';

const content = minutesContent(input());
const section = (c: MinutesContent, id: MinutesSection['id']): MinutesSection => {
  const s = c.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
const textOf = (blocks: readonly Block[]) => JSON.stringify(blocks);
const quotations = (blocks: readonly Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'quotation' }> => b.kind === 'quotation');

describe('the standard order', () => {
  it('has every section, in order, with headings from templates/minutes/wording.json', () => {
    expect(content.sections.map((s) => s.id)).toEqual([...MINUTES_SECTION_IDS]);
    expect(content.sections.map((s) => s.heading)).toEqual(MINUTES_SECTION_IDS.map((id) => wordingJson.sections[id].heading));
    expect(section(content, 'child-voice').familyHeading).toBe('What the children told us');
  });

  it('the professional minutes print the sections as level-2 headings in that order', () => {
    const doc = minutesDocument(content, { draft: true, variant: 'professional' });
    const headings = doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(MINUTES_SECTION_IDS.map((id) => wordingJson.sections[id].heading));
    expect(doc.metadata).toMatchObject({ title: 'Minutes: Team Around the Family review meeting', kind: 'minutes', marking: 'OFFICIAL-SENSITIVE', draft: true, language: 'en-GB', author: CHAIR });
  });

  it('an empty record still gives every section, each saying nothing was written down', () => {
    const bare = minutesContent(input({ record: record({ attendees: [], itemNotes: [], familyViews: '', childVoices: [], goingWell: [], worries: [], needsToHappen: [], scaling: [], actionUpdates: [], outcome: { decision: null, reasons: '', contingency: '', nextReviewDate: null, nextReviewTime: null } }), actions: [], reports: [] }));
    expect(bare.sections.map((s) => s.id)).toEqual([...MINUTES_SECTION_IDS]);
    for (const id of ['family-views', 'updates', 'earlier-actions', 'strengths', 'worries', 'needs', 'scaling', 'contingency'] as const) {
      expect(textOf(section(bare, id).blocks)).toContain('Nothing was written down for this part.');
    }
    expect(textOf(section(bare, 'action-plan').blocks)).toContain('No actions were agreed at this meeting.');
    expect(textOf(section(bare, 'next-review').blocks)).toContain('The date of the next review has not been set yet.');
  });
});

describe('each section', () => {
  it('meeting details: date, time, place, kind and chair in London time', () => {
    const t = textOf(section(content, 'meeting-details').blocks);
    for (const s of ['Monday 23 November 2026', '4pm to 5:30pm', 'Oak Lane Primary School, family room, Oak Lane, Bradford, BD5 0AA', 'Team Around the Family (TAF), review meeting', 'Sam Patel, Family support worker']) expect(t).toContain(s);
  });

  it('who came: a table with a header row, the chair first, then those who came (not those who sent apologies)', () => {
    const [t] = section(content, 'attendance').blocks;
    if (t?.kind !== 'table') throw new Error('expected a table');
    expect(t.header.map((c) => c[0]?.text)).toEqual(['Name', 'Role', 'Where they work']);
    expect(t.rows.map((r) => r[0]?.[0]?.text)).toEqual([CHAIR, MUM, DAD, NURSE]);
  });

  it('apologies and written reports name who and their role', () => {
    expect(textOf(section(content, 'apologies-and-reports').blocks)).toContain('Sent apologies: Tom Reed (Housing officer).');
    expect(textOf(section(content, 'apologies-and-reports').blocks)).toContain('Sent a written report: Priya Shah (SENCO).');
  });

  it('confidentiality names who will receive the minutes and why, and the consent summary', () => {
    const t = textOf(section(content, 'confidentiality').blocks);
    expect(t).toContain(' (School nurse): Consent given on 1 September 2026');
    expect(t).toContain('School: yes. Kirkby Community Health: yes. Housing: no.');
  });

  it("the child's voice: verbatim, marked as the child's own words, with how and by whom it was gathered, and the picture with its description", () => {
    const blocks = section(content, 'child-voice').blocks;
    const [first] = quotations(blocks);
    expect(first).toEqual({ kind: 'quotation', text: AMIR_WORDS, speaker: 'Amir Haddad', ownWords: true, toReader: false, howGathered: `Talking with them and drawing, by ${NURSE} on 18 November 2026. Amir Haddad was not at the meeting.` });
    expect(quotations(blocks).map((q) => q.text)).toEqual([AMIR_WORDS, 'More time to play outside.', 'That I worry about Mum.', 'Help me sleep.', 'School is OK. I like art.']);
    const img = blocks.find((b) => b.kind === 'image');
    expect(img).toMatchObject({ alt: 'Amir and Dad playing football in the park', caption: "Amir Haddad's picture", mime: 'image/png' });
    expect(img?.kind === 'image' && Array.from(img.bytes)).toEqual(Array.from(picture));
    expect(textOf(blocks)).toContain("Layla O'Brien-Haddad's views were not gathered for this meeting.");
  });

  it('what a child told school is their voice, with who wrote it down and how they said it, not "not gathered"', () => {
    const told = [{ ...reports[0]!, sections: [...reports[0]!.sections, { heading: 'How and when they said it', text: 'In a chat with his class teacher on 12 November 2026.', howChildSaidIt: true }] }];
    const c = minutesContent(input({ reports: told, record: record({ childVoices: [] }) }));
    const blocks = section(c, 'child-voice').blocks;
    expect(textOf(blocks)).not.toContain("Amir Haddad's views were not gathered");
    expect(quotations(blocks)).toEqual([{
      kind: 'quotation',
      text: 'School is OK. I like art.',
      speaker: 'Amir Haddad',
      ownWords: true,
      toReader: false,
      howGathered: 'Written down by Priya Shah, SENCO, Oak Lane Primary in their report of 20 November 2026. In a chat with his class teacher on 12 November 2026.',
    }]);
  });

  it("a child who did not agree to their words being shared: the words are left out of every version", () => {
    const r = record();
    const c = minutesContent(input({ record: { ...r, childVoices: r.childVoices.map((v) => ({ ...v, sharing: 'not-agreed' as const })) } }));
    const s = section(c, 'child-voice');
    expect(JSON.stringify(c)).not.toContain('football');
    expect(textOf(s.blocks)).toContain(`Amir Haddad shared their views but did not want their words written down for others to read. ${CHAIR} has kept them.`);
  });

  it('a child’s words inside a written report are a quotation marked as the child’s', () => {
    const q = quotations(section(content, 'updates').blocks);
    expect(q).toContainEqual({ kind: 'quotation', text: 'School is OK. I like art.', speaker: 'Amir Haddad', ownWords: true, toReader: false, howGathered: 'Written down by Priya Shah in their report of 20 November 2026' });
  });

  it('earlier actions: what, who, when, progress, note and whether carried forward', () => {
    const [t] = section(content, 'earlier-actions').blocks;
    if (t?.kind !== 'table') throw new Error('expected a table');
    expect(t.rows.map((r) => r.map((c) => c[0]?.text))).toEqual([['Fill in the housing forms', 'Tom Reed', '30 October 2026', 'Partly done', 'Half the forms are done.', 'Yes']]);
  });

  it('the action plan: action, for which child and need, owner, by when, how we will know, status', () => {
    const [t] = section(content, 'action-plan').blocks;
    if (t?.kind !== 'table') throw new Error('expected a table');
    expect(t.header.map((c) => c[0]?.text)).toEqual(['Action', 'For which child and need', 'Who', 'By when', 'How we will know', 'Status']);
    expect(t.rows.map((r) => r.map((c) => c[0]?.text))).toEqual([
      ['Set up a bedtime routine chart', 'Amir Haddad: Sleep', MUM, '14 December 2026', 'Amir is asleep by 8pm on school nights', 'Not started'],
      ['Check Amir sees the school nurse about sleep', 'Amir Haddad: Health', NURSE, '7 December 2026', 'An appointment letter has been sent', 'Not started'],
      ['Finish the housing forms', 'The whole family: Housing', 'Tom Reed', 'No date set', 'The forms are sent', 'Not started'],
    ]);
  });

  it('scaling, decisions, contingency and the next review', () => {
    expect(textOf(section(content, 'scaling').blocks)).toContain('Mornings are much better.');
    expect(textOf(section(content, 'decisions').blocks)).toContain('Decision: Carry on with the plan.');
    expect(textOf(section(content, 'contingency').blocks)).toContain('the team will meet sooner');
    expect(textOf(section(content, 'next-review').blocks)).toContain('The next review meeting is on Monday 18 January 2027 at 4pm.');
  });

  it('the distribution list: each copy with its basis', () => {
    const c = minutesContent(input({
      minutes: {
        version: 1,
        responses: [],
        earlierResponses: [],
        amendments: [],
        distribution: [
          { id: 'copy-000001', recipient: { id: ids.mum, kind: 'family-member', name: MUM, role: 'Mum', agency: '' }, basis: { kind: 'family', summary: 'x' }, document: 'family-version', format: 'pdf', version: 1, at: '2026-11-23T18:30:00.000Z', by: CHAIR },
          { id: 'copy-000002', recipient: { id: more.nurse, kind: 'practitioner', name: NURSE, role: 'School nurse', agency: 'Kirkby Community Health' }, basis: { kind: 'consent', consentId: 'consent-0003', summary: 'Consent given on 1 September 2026' }, document: 'minutes', format: 'docx', version: 1, at: '2026-11-24T09:00:00.000Z', by: CHAIR },
          { id: 'copy-000003', recipient: { id: 'agency:csc', kind: 'agency', name: "Children's social care", role: '', agency: '' }, basis: { kind: 'safeguarding', reason: 'Amir said he was hit' }, document: 'minutes', format: 'pdf', version: 1, at: '2026-11-24T10:00:00.000Z', by: CHAIR },
        ],
      },
    }));
    const [t] = section(c, 'distribution').blocks;
    if (t?.kind !== 'table') throw new Error('expected a table');
    expect(t.rows.map((r) => r.map((cell) => cell[0]?.text))).toEqual([
      [`${MUM}, Mum`, "The family's version of the minutes, PDF, version 1", "The family's own copy", '23 November 2026, 6:30pm'],
      [`${NURSE}, School nurse, Kirkby Community Health`, 'Minutes, Word, version 1', 'Consent: Consent given on 1 September 2026', '24 November 2026, 9am'],
      ["Children's social care", 'Minutes, PDF, version 1', 'Safeguarding referral: Amir said he was hit', '24 November 2026, 10am'],
    ]);
  });

  it("the family's comments: every answer in their own words, earlier versions too, and the chair's changes in their sections", () => {
    const response = (id: string, kind: 'agreed' | 'disagrees', words: string) => ({
      id, kind, words, how: 'review-copy' as const, givenBy: { personId: ids.mum, name: MUM }, givenOn: '2026-11-25', recordedAt: '2026-11-25T10:00:00.000Z', recordedBy: CHAIR,
      sections: kind === 'disagrees' ? [{ sectionId: 'worries' as const, answer: 'wrong' as const, words: 'Amir is only tired on Mondays.' }] : [],
    });
    const c = minutesContent(input({
      minutes: {
        version: 2,
        distribution: [],
        earlierResponses: [{ version: 1, response: response('response-0001', 'disagrees', 'I never said that about school.') }],
        responses: [response('response-0002', 'agreed', '')],
        amendments: [{ id: 'amend-00001', sectionId: 'worries', text: 'Amir is tired on Mondays, after weekends at Dad’s.', reason: 'Siobhán asked for this', at: '2026-11-25T10:00:00.000Z', by: CHAIR }],
      },
    }));
    const comments = section(c, 'family-comments').blocks;
    expect(quotations(comments).map((q) => [q.text, q.speaker, q.howGathered])).toEqual([
      ['I never said that about school.', MUM, `Given on the review copy they took home on 25 November 2026, recorded by ${CHAIR}`],
      ['Amir is only tired on Mondays.', MUM, `Given on the review copy they took home on 25 November 2026, recorded by ${CHAIR}`],
    ]);
    expect(textOf(comments)).toContain('About version 1:');
    expect(textOf(comments)).toContain(`${MUM} agreed these minutes are right (on the review copy they took home, 25 November 2026).`);
    expect(textOf(comments)).toContain('About \\"Worries\\":');
    const worries = section(c, 'worries').blocks;
    expect(worries.at(-2)).toMatchObject({ kind: 'note', title: 'Changed after the family read the minutes (25 November 2026)', runs: [{ text: 'Amir is tired on Mondays, after weekends at Dad’s.' }] });
    expect(textOf(worries)).toContain('Why: Siobhán asked for this');
  });
});

describe("people's names and words come through exactly", () => {
  it('keeps Irish, Romanian and Arabic names, and typographic apostrophes, byte for byte', () => {
    const json = JSON.stringify(content);
    for (const s of [MUM, DAD, NURSE, 'Ó Súilleabháin', 'Ștefan', 'محمد', AMIR_WORDS, "Layla O'Brien-Haddad"]) expect(json).toContain(s);
    expect(json.normalize('NFC')).toBe(json);
  });
});

describe("the family's version", () => {
  const fam = familyVersionDocument(content, { draft: true });
  const all = JSON.stringify(fam);

  it('is large print, titled in plain words, and says the family sees it first', () => {
    expect(fam.metadata).toMatchObject({ largePrint: true, kind: 'family-version', title: 'Notes of our meeting on 23 November 2026' });
    expect(all).toContain('Nobody else gets a copy until you have seen them.');
  });

  it('spells out abbreviations the first time in each section, and explains roles from the glossary', () => {
    expect(all).toContain('The DSL (Designated Safeguarding Lead) could not come.');
    expect(all).toContain('Priya Shah: SENCO (Special Educational Needs Co-ordinator)');
    expect(textOf(section(content, 'attendance').familyBlocks)).toContain('School nurse: A nurse who helps children at school stay healthy, in body and mind.');
    // The professional minutes keep the chair's words as typed.
    expect(textOf(section(content, 'attendance').blocks)).toContain('The DSL could not come.');
  });

  it("keeps people's own words exactly: the same quotations as the professional minutes", () => {
    for (const id of ['family-views', 'child-voice', 'family-comments'] as const) {
      expect(quotations(section(content, id).familyBlocks)).toEqual(quotations(section(content, id).blocks));
    }
  });

  it('ends with a glossary of the words it uses, from templates/glossary.json', () => {
    const at = fam.blocks.findIndex((b) => b.kind === 'heading' && b.text === 'What the words mean');
    expect(at).toBeGreaterThan(0);
    const list = fam.blocks[at + 2];
    const terms = list?.kind === 'list' ? list.items.map((i) => i.runs[0]?.text) : [];
    expect(terms).toEqual(expect.arrayContaining(['TAF', 'Lead professional', 'DSL', 'SENCO', 'School nurse', 'Minutes']));
    expect(terms).not.toContain('CAMHS');
  });
});

describe('the review copy', () => {
  const doc = reviewCopyDocument(content, { draft: true });
  it('has, under every section, the question, the two boxes and a space to write, then the overall answer', () => {
    const questions = doc.blocks.filter((b) => b.kind === 'paragraph' && b.runs[0]?.text === 'Is this part right?');
    expect(questions).toHaveLength(MINUTES_SECTION_IDS.length - 1);
    const spaces = doc.blocks.filter((b) => b.kind === 'table' && b.caption.startsWith('Space to write about'));
    expect(spaces).toHaveLength(MINUTES_SECTION_IDS.length);
    const text = JSON.stringify(doc);
    for (const s of ['☐ Yes, this is right', '☐ Something is wrong here', 'Do you agree these notes are a true record?', '☐ No, I do not agree']) expect(text).toContain(s);
  });
});

describe("the letter to the child", () => {
  const letter = childLetterDocument(content, ids.amir, { draft: false });
  const text = JSON.stringify(letter);

  it('is large print, to the child, with their own words and what will happen, by role', () => {
    expect(letter.metadata).toMatchObject({ kind: 'child-letter', largePrint: true, title: 'A letter for Amir about our meeting' });
    expect(text).toContain('Dear Amir,');
    expect(text).not.toContain('Haddad');
    expect(quotations(letter.blocks).map((q) => q.text)).toEqual([AMIR_WORDS, 'More time to play outside.', 'That I worry about Mum.', 'Help me sleep.']);
    // The letter is to Amir: his words are "in your own words", not "Amir, in their own words".
    expect(quotations(letter.blocks).every((q) => q.toReader && q.ownWords)).toBe(true);
    const list = letter.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => i.runs[0]?.text)).toEqual([
      'Mum will set up a bedtime routine chart, by 14 December 2026',
      // The owner is named once: not "The school nurse will check you see the school nurse".
      'The school nurse will check you see them about sleep, by 7 December 2026',
    ]);
    expect(text).toContain('The next meeting is on Monday 18 January 2027.');
  });

  it('leaves out third parties: no other adult’s name, no worries, no report, no other child, no address', () => {
    for (const s of [MUM, DAD, NURSE, 'Tom Reed', 'Priya Shah', 'housing', 'tired in class', 'Layla', '12 Elm Road', 'Attendance is 97%']) expect(text).not.toContain(s);
  });

  it('shows their drawing, because they agreed to share it', () => {
    const pictures = letter.blocks.filter((b) => b.kind === 'image');
    expect(pictures.map((b) => (b.kind === 'image' ? b.alt : ''))).toEqual(['Amir and Dad playing football in the park']);
  });

  it('carries nobody’s phone, email or address from any field, and no abbreviations', () => {
    const typed = actions.map((a, i) => (i === 1
      ? { ...a, what: 'Ask the DSL to ring Mrs Porter on 07700 900456 at 4 Mill Lane, BD5 9ZZ, or email a.porter@example.org', ownerName: 'Jo Bell', ownerId: 'prac-dsl-0001' }
      : a));
    const attendees = [...record().attendees, { id: 'prac-dsl-0001', kind: 'practitioner' as const, name: 'Jo Bell', role: 'DSL', agency: 'Oak Lane Primary', attendance: 'attended' as const, joinedOnTheDay: false }];
    const words = { ...record().childVoices[0]!, words: 'I like it at Nan’s, 12 Elm Road.' };
    const c = minutesContent(input({ actions: typed, record: record({ attendees, childVoices: [words] }) }));
    const out = JSON.stringify(childLetterDocument(c, ids.amir, { draft: false }));
    for (const s of ['07700', 'Mill Lane', 'BD5 9ZZ', 'example.org', 'Elm Road', 'DSL', 'Jo Bell']) expect(out).not.toContain(s);
    expect(out).toContain('The person at school whose job is to keep children safe will ask them to ring Mrs Porter, by 7 December 2026');
    expect(out).toContain('I like it at Nan’s.');
  });

  it('is not made at all when a contact detail would still be in it, whoever it belongs to', () => {
    const row = agreedRow(content);
    const leaky = { ...content, childLetters: content.childLetters.map((l) => ({ ...l, theirWords: ['Ring my auntie on 0161 496 0999'] })) };
    const mum = { id: ids.mum, kind: 'family-member' as const, name: MUM, role: 'Mum', agency: '' };
    expect(() => minutesExport({ document: 'child-letter', row, live: leaky, family: family(), agreement: agreement(), recipient: mum, childId: ids.amir })).toThrow(WithheldInCopyError);
    expect(() => minutesExport({ document: 'child-letter', row, live: content, family: family(), agreement: agreement(), recipient: mum, childId: ids.amir })).not.toThrow();
  });

  it('is made only once the minutes count as agreed, so it never says DRAFT', () => {
    const draft = newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
    const mum = { id: ids.mum, kind: 'family-member' as const, name: MUM, role: 'Mum', agency: '' };
    const ask = (row: typeof draft) => minutesExport({ document: 'child-letter', row, live: content, family: family(), agreement: agreement(), recipient: mum, childId: ids.amir });
    expect(() => ask(draft)).toThrow(NotAgreedYetError);
    expect(() => ask(draft)).toThrow('The letter for Amir can be made once the minutes count as agreed with the family, so it never says DRAFT. Record the family’s answers first.');
    expect(() => childLetterDocument(content, ids.amir, { draft: true })).toThrow('A letter to a child is made from agreed minutes only: it never says DRAFT.');
    expect(ask(agreedRow(content)).metadata.draft).toBe(false);
  });

  it('carries a plain line for the child and their family instead of the protective marking, and says "your own words" once', () => {
    expect(letter.metadata.plainFooter).toBe('Private: for Amir and their family');
    const paragraphs = letter.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []));
    expect(paragraphs.filter((t) => t.includes('own words'))).toEqual(['Thank you for telling us what you think. This is what you said, in your own words:']);
  });

  it("Layla's letter has none of Amir's words", () => {
    const hers = JSON.stringify(childLetterDocument(content, ids.layla, { draft: false }));
    expect(hers).not.toContain('football');
    expect(hers).toContain('We would love to hear what you think next time.');
  });
});

describe('the action plan, agenda and meeting pack', () => {
  it('the action plan has the plan, contingency and next review', () => {
    const doc = actionPlanDocument(content, { draft: false });
    expect(doc.metadata.title).toBe('Action plan: Team Around the Family review meeting');
    expect(doc.blocks.filter((b) => b.kind === 'heading' && b.level === 2).map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual(['Action plan', 'Contingency: if things do not get better', 'Next review']);
  });

  it('the agenda lists each part with its start time; the child’s parts say so', () => {
    const doc = agendaDocument({ family: family(), meeting: meeting(), area, chair: { name: CHAIR, role: '' }, recipient: null });
    const t = doc.blocks.find((b) => b.kind === 'table');
    expect(t?.kind === 'table' && t.rows.map((r) => [r[0]?.[0]?.text, r[2]?.[0]?.text])).toEqual([
      ['Welcome and introductions', '4pm'],
      ['How the plan is going', '4:10pm'],
      ["Amir's views (with the child or young person)", '4:30pm'],
    ]);
  });

  it('the meeting pack, made before the meeting, has the agenda, who is coming with their roles, and the reports, and is never DRAFT', () => {
    const doc = meetingPackDocument({ family: family(), meeting: meeting(), area, chair: { name: CHAIR, role: '' }, reports, recipient: null }, { draft: true });
    expect(doc.metadata.draft).toBe(false);
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(['Meeting pack: Team Around the Family review meeting', 'Agenda: Team Around the Family review meeting', 'Who is coming', 'Reports sent in', 'Report from Priya Shah, SENCO, Oak Lane Primary']);
    const list = doc.blocks.find((b) => b.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((i) => i.runs.map((r) => r.text).join(''))).toEqual([
      `${MUM}, Mum`,
      `${DAD}, Dad`,
      `${NURSE}, School nurse, Kirkby Community Health`,
      'Priya Shah, SENCO, School',
    ]);
  });

  it('the meeting pack for Dad, at Mum’s home, withholds the address and keeps the report', () => {
    const doc = meetingPackDocument({ family: family(), meeting: meeting({ place: { kind: 'home', householdId: ids.mumHome } }), area, chair: { name: CHAIR, role: '' }, reports, recipient: { id: ids.dad, name: DAD } });
    const text = JSON.stringify(doc);
    expect(text).toContain('Address shared separately');
    expect(text).not.toContain('Elm Road');
    expect(text).toContain('Attendance is 97% this half term.');
    const mine = JSON.stringify(meetingPackDocument({ family: family(), meeting: meeting({ place: { kind: 'home', householdId: ids.mumHome } }), area, chair: { name: CHAIR, role: '' }, reports, recipient: { id: ids.mum, name: MUM } }));
    expect(mine).toContain('12 Elm Road');
  });
});

describe('wording as data', () => {
  it('an area can change a heading without code', () => {
    const parsed = parseMinutesWording({ ...wordingJson, sections: { ...wordingJson.sections, worries: { heading: 'What we are worried about', familyHeading: 'Worries' } } });
    if (!parsed.ok) throw new Error(parsed.message);
    const c = minutesContent(input(), { wording: parsed.value });
    expect(section(c, 'worries').heading).toBe('What we are worried about');
  });

  it('a broken file gets one plain message naming the field', () => {
    expect(parseMinutesWording({ ...wordingJson, minutes: { ...wordingJson.minutes, title: '' } })).toEqual({ ok: false, message: 'The minutes wording could not be read: "minutes.title" is empty.' });
    const { reviewCopy: _dropped, ...rest } = wordingJson;
    expect(parseMinutesWording(rest)).toEqual({ ok: false, message: 'The minutes wording could not be read: "reviewCopy" is missing or not the right kind of value.' });
  });
});

describe('actions from this meeting only', () => {
  it('leaves out actions of other meetings', () => {
    const c = minutesContent(input({ actions: [...actions, { ...actions[0]!, id: 'action-other', meetingId: 'meeting-9999', what: 'Something from another meeting' }] }));
    expect(JSON.stringify(section(c, 'action-plan').blocks)).not.toContain('Something from another meeting');
  });
});
