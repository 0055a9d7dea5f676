/**
 * The family's review, in the form file: one part of the minutes at a time, "This is right" or
 * "Something is wrong here" with their own words, then their answer, then a reply sealed to the
 * chair, to save as a file or copy into an email or message.
 */
import type { FormEnvelope } from '../../../shared/forms/envelope';
import { writeReplyText } from '../../../shared/forms/reply-text';
import { replyProblem, reviewPayloadSchema, type ReviewPayload, type ReviewReply } from '../../../shared/forms/review';
import { sealReply } from '../crypto';
import { FILE_KIND_TABLE, fileNameFor } from '../../../shared/file-kinds';
import { blockText, renderBlock } from './blocks';
import { button, dateWords, download, h, newReplyId, radios, show, textArea, todayIso } from './dom';
import { canSpeak, speak, stopSpeaking } from './speech';

type PartAnswer = { answer: '' | 'right' | 'wrong'; words: string };
type Answer = '' | ReviewReply['answer'];

interface State {
  part: number;
  parts: Record<string, PartAnswer>;
  answer: Answer;
  words: string;
  tried: boolean;
}

const ANSWERS: ReadonlyArray<{ value: ReviewReply['answer']; label: string }> = [
  { value: 'agreed', label: 'I agree: these minutes are right' },
  { value: 'agreed-with-changes', label: 'I agree, once the changes I have asked for are made' },
  { value: 'disagrees', label: 'I do not agree with these minutes' },
];

export function startReview(value: unknown, envelope: FormEnvelope): boolean {
  const parsed = reviewPayloadSchema.safeParse(value);
  if (!parsed.success || parsed.data.formId !== envelope.formId) return false;
  const p = parsed.data;
  const state: State = { part: 0, parts: {}, answer: '', words: '', tried: false };
  showPart(p, state);
  return true;
}

function partAnswer(state: State, id: string): PartAnswer {
  return state.parts[id] ?? { answer: '', words: '' };
}

function intro(p: ReviewPayload): HTMLElement {
  return h('p', { class: 'caption' }, `${p.title}, ${dateWords(p.meetingDate)}. Version ${p.version}, for ${p.person.name}.`);
}

function showPart(p: ReviewPayload, state: State): void {
  stopSpeaking();
  const section = p.sections[state.part];
  if (!section) return showAnswer(p, state);
  const reply = partAnswer(state, section.id);
  const set = (change: Partial<PartAnswer>) => {
    state.parts[section.id] = { ...partAnswer(state, section.id), ...change };
  };
  const count = p.sections.length;
  show(
    intro(p),
    h('p', { class: 'progress' }, `Part ${state.part + 1} of ${count}`),
    h('h1', {}, section.heading),
    canSpeak()
      ? button('Read this part aloud', () => speak([section.heading, ...section.blocks.map(blockText)].join('. ')), true)
      : h('p', { class: 'hint' }, 'This browser cannot read aloud. Your phone or computer’s own screen reader can.'),
    h('div', { class: 'part' }, ...section.blocks.map(renderBlock)),
    radios(
      `Is “${section.heading}” right?`,
      `part-${section.id}`,
      [
        { value: 'right', label: 'This is right' },
        { value: 'wrong', label: 'Something is wrong here' },
      ],
      reply.answer,
      (answer) => set({ answer }),
    ),
    textArea(`Your words about “${section.heading}” (if you want to say something)`, reply.words, (words) => set({ words })),
    h(
      'div',
      { class: 'actions' },
      state.part > 0 ? button('Previous part', () => showPart(p, { ...state, part: state.part - 1 }), true) : null,
      button(state.part + 1 < count ? 'Next part' : 'Give your answer', () => {
        state.part += 1;
        showPart(p, state);
      }),
    ),
  );
}

function showAnswer(p: ReviewPayload, state: State): void {
  const sections = p.sections.flatMap((s) => {
    const a = partAnswer(state, s.id);
    return a.answer === '' ? [] : [{ sectionId: s.id as ReviewReply['sections'][number]['sectionId'], answer: a.answer, words: a.words }];
  });
  const problem = state.tried ? (state.answer === '' ? 'Choose your answer' : replyProblem({ answer: state.answer, words: state.words, sections })) : null;
  const answerProblem = state.tried && state.answer === '' ? 'Choose your answer' : undefined;
  const wordsProblem = problem !== null && answerProblem === undefined ? problem : undefined;
  show(
    intro(p),
    h('h1', {}, 'Your answer'),
    problem
      ? h('div', { class: 'error-summary', role: 'alert' }, h('h2', {}, 'There is a problem'), h('p', {}, problem))
      : null,
    h('p', {}, `You answered ${sections.length} of ${p.sections.length} parts. You can go back to any part before you make your reply.`),
    radios('What do you think of these minutes?', 'answer', ANSWERS, state.answer, (answer) => {
      state.answer = answer;
    }, answerProblem),
    wordsProblem ? h('p', { class: 'error' }, h('span', { class: 'visually-hidden' }, 'Error: '), wordsProblem) : null,
    textArea('Anything else you want to say, in your own words', state.words, (words) => {
      state.words = words;
    }, 'If you do not agree, or want changes, say what here or under the part it is about.'),
    h(
      'div',
      { class: 'actions' },
      button('Previous part', () => showPart(p, { ...state, part: p.sections.length - 1 }), true),
      button('Make my reply', () => {
        state.tried = true;
        if (state.answer === '' || replyProblem({ answer: state.answer, words: state.words, sections }) !== null) return showAnswer(p, state);
        void makeReply(p, { ...state, answer: state.answer }, sections);
      }),
    ),
  );
}

async function makeReply(p: ReviewPayload, state: State & { answer: ReviewReply['answer'] }, sections: ReviewReply['sections']): Promise<void> {
  const reply: ReviewReply = {
    kind: 'family-review-reply',
    replyId: newReplyId(),
    formId: p.formId,
    familyId: p.familyId,
    meetingId: p.meetingId,
    minutesId: p.minutesId,
    version: p.version,
    personId: p.person.id,
    personName: p.person.name,
    answer: state.answer,
    words: state.words,
    sections,
    givenOn: todayIso(),
  };
  const text = writeReplyText(await sealReply(p.formId, p.chairKey, reply));
  const fileName = fileNameFor(`reply-to-${p.chairName.replace(/[^A-Za-z0-9]+/g, '-') || 'the-chair'}-${p.meetingDate}`, 'reply');
  const status = h('div', {});
  const area = h('textarea', { id: 'reply-text', rows: '8', readonly: true, class: 'reply-text' });
  area.value = text;
  const tell = (words: string) => status.replaceChildren(h('p', { class: 'notice', role: 'status' }, words));
  show(
    h('h1', {}, 'Your reply is ready'),
    h('p', {}, `Send it to ${p.chairName || 'the person who sent you the form'}. Only their Team Around app can open it.`),
    h('h2', {}, 'Send it as a file'),
    h('p', {}, 'Save the reply, then attach it to an email or message.'),
    button('Save the reply as a file', () => {
      download(fileName, text, FILE_KIND_TABLE.reply.mime);
      tell(`Saved as ${fileName} in your downloads.`);
    }),
    h('h2', {}, 'Or send it as text'),
    h('p', {}, 'Copy all of the text below, from START to END, and paste it into an email or message.'),
    h('div', { class: 'field' }, h('label', { for: 'reply-text' }, 'Your reply as text'), area),
    button('Copy the reply', () => {
      area.select();
      const done = () => tell('Copied. Now paste it into your email or message.');
      if (navigator.clipboard) navigator.clipboard.writeText(text).then(done, () => tell('Select all of the text above and copy it.'));
      else tell('Select all of the text above and copy it.');
    }, true),
    status,
    h('p', {}, `What you answered stays on this device only until you close this page. Thank you.`),
  );
}
