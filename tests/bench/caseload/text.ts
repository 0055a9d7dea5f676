/** Plausible meeting and action text, built from phrases, at realistic lengths. */
import { int, pick, type Random } from './random';

export interface TextPeople {
  child: string;
  carer: string;
  practitioner: string;
}

const OPENINGS = [
  '{carer} said that',
  '{practitioner} reported that',
  'The team agreed that',
  'Everyone noted that',
  '{child} told us, through {practitioner}, that',
  'Since the last meeting,',
  'We talked about how',
  'It was agreed that',
];

const MIDDLES = [
  '{child}’s attendance has improved to 92% this half-term',
  'mornings are still difficult and {child} is often late on Mondays',
  'the referral to the speech and language service has been accepted',
  '{child} is enjoying the lunchtime football club and has made two new friends',
  'the family is waiting to hear about the housing transfer',
  'the bedtime routine is working most nights',
  '{carer} would like more help with forms and letters from school',
  'the EHCP needs assessment request was sent on time',
  'there have been fewer meltdowns after school since the quiet space was set up',
  'the GP appointment about sleep has been booked',
  '{child} finds reading aloud in class worrying and would rather read to an adult one to one',
  'the food bank vouchers helped over the holidays',
  'the young carers group has a place from next term',
  'the family does not want a referral to CAMHS at the moment, which everyone respected',
];

const CLOSINGS = [
  'and this will be reviewed at the next meeting.',
  'and {practitioner} will check in with {carer} in two weeks.',
  '.',
  'which everyone agreed is real progress.',
  'and {carer} asked for letters to be sent by email as well as post.',
  'so the plan stays the same for now.',
  'and {child}’s own words will be written into the plan.',
];

const ACTIONS = [
  'Ask the school to set up a quiet space {child} can use at lunchtime',
  'Send {carer} the details of the parenting course at the children’s centre',
  'Book a home visit to talk through the bedtime routine',
  'Make the referral to the speech and language therapy service',
  'Chase the housing transfer and tell {carer} what the housing team says',
  'Share the attendance figures with the team before the next review',
  'Help {carer} fill in the Disability Living Allowance form',
  'Arrange a meeting with the SENCo about {child}’s support plan',
  'Find out whether {child} can join the young carers group',
  'Write to the GP about {child}’s sleep, with {carer}’s consent',
];

const MEASURES = [
  '{child} uses the quiet space at least three times a week',
  '{carer} says the mornings feel calmer',
  'attendance is above 90% at the next review',
  'the referral letter is on file and {carer} has a copy',
  'the form has been sent and acknowledged',
  '{child} can name one adult at school to go to',
  'the team has a date for the SENCo meeting',
];

function fill(template: string, people: TextPeople): string {
  return template.replace('{child}', people.child).replace('{carer}', people.carer).replace('{practitioner}', people.practitioner);
}

function fillAll(template: string, people: TextPeople): string {
  let out = template;
  for (let i = 0; i < 3; i++) out = fill(out, people);
  return out;
}

export function sentence(random: Random, people: TextPeople): string {
  const closing = pick(random, CLOSINGS);
  const body = `${pick(random, OPENINGS)} ${pick(random, MIDDLES)}`;
  return fillAll(closing === '.' ? `${body}.` : `${body}, ${closing}`, people);
}

/** Sentences up to a length drawn between min and max characters. */
export function prose(random: Random, people: TextPeople, min: number, max: number): string {
  const target = int(random, min, max);
  let text = '';
  while (text.length < target) text += (text === '' ? '' : ' ') + sentence(random, people);
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Minutes-style notes: several paragraphs separated by blank lines. */
export function minutesNotes(random: Random, people: TextPeople, min: number, max: number): string {
  const paragraphs: string[] = [];
  const target = int(random, min, max);
  let length = 0;
  while (length < target) {
    const paragraph = prose(random, people, 200, 700);
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

export function actionWhat(random: Random, people: TextPeople): string {
  const what = fillAll(pick(random, ACTIONS), people);
  return random() < 0.4 ? `${what}. ${sentence(random, people)}` : what;
}

export function actionMeasure(random: Random, people: TextPeople): string {
  const measure = fillAll(pick(random, MEASURES), people);
  return `We will know this has worked when ${measure}.`;
}
