/** A sample multi-section document: the shape of real minutes, with awkward text throughout. */
import {
  bold,
  documentOf,
  h1,
  h2,
  h3,
  image,
  italic,
  li,
  note,
  ol,
  p,
  pageBreak,
  quote,
  table,
  ul,
} from '../../../shared/documents/builders';
import type { DocumentMetadataInput, TeamDocument } from '../../../shared/documents/model';
import { makePng } from './png';

export const NAMES = ['Siobhán Ní Bhriain', 'Ștefan Rădulescu', 'محمد', 'O’Brien'] as const;
export const ALT_TEXT = 'A drawing by Ștefan of his family standing outside their house, with the sun shining';
export const CHILD_WORDS = 'I like it when Mum picks me up from school because we walk past the park. I don’t like the shouting at night.';
/** Characters Word refuses: a NUL, a vertical tab, a form feed and a lone surrogate. */
export const ILLEGAL = '\u0000\u000B\u000C\uD800';
export const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(6);

export function actionRows(count: number): string[][] {
  const owners = [...NAMES, 'School nurse', 'Family support worker'];
  return Array.from({ length: count }, (_, i) => [
    `Action ${i + 1}: agree the next step for the family (${i % 7 === 0 ? LONG_WORD : 'book the appointment and tell everyone'})`,
    owners[i % owners.length] ?? 'Chair',
    `${(i % 28) + 1} March 2027`,
    i % 3 === 0 ? 'Done' : 'In progress',
  ]);
}

export function sampleDocument(overrides: Partial<DocumentMetadataInput> = {}): TeamDocument {
  return documentOf(
    {
      title: `Team Around the Family meeting: minutes for ${NAMES[1]}`,
      author: NAMES[0],
      subject: 'Minutes of the review meeting',
      keywords: ['TAF', 'minutes'],
      kind: 'minutes',
      draft: true,
      createdAt: '2027-02-14T10:30:00Z',
      ...overrides,
    },
    [
      h1('Team Around the Family meeting'),
      p('Held at Oak Tree Primary School with ', bold(NAMES[0]), ' (chair), ', NAMES[1], ', ', NAMES[2], ' and ', italic(NAMES[3]), '.'),
      p(`Text with XML-illegal characters${ILLEGAL} removed before it reaches Word.`),
      h2('Who came and why'),
      ul(
        li(['Mum, ', bold('Ana Rădulescu')]),
        li('School', 'Siobhán Ní Bhriain, designated safeguarding lead', li('Class teacher', 'Mr O’Brien')),
        'Health visitor',
      ),
      h2('The child’s voice'),
      quote(CHILD_WORDS, NAMES[1], { howGathered: 'Talking with his class teacher, using a drawing, on 10 February 2027' }),
      image({ bytes: makePng(240, 160), mime: 'image/png', alt: ALT_TEXT, widthMm: 70, caption: 'Ștefan’s drawing of home' }),
      h2('What is going well'),
      ol('Ștefan is at school every day this term.', 'Mum and school talk every Friday.'),
      note('Anyone who thinks a child is at risk of significant harm refers to children’s social care at once, with or without consent.', { title: 'Safeguarding comes first', tone: 'important' }),
      h2('The plan'),
      h3('Actions'),
      table('Actions agreed at the meeting', ['Action', 'Who', 'By when', 'Progress'], actionRows(60), [4, 2, 2, 1.5]),
      pageBreak(),
      h2('Next meeting'),
      p('The next review is on 28 March 2027 at 15:30, after the school day.'),
    ],
  );
}
