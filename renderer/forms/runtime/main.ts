/**
 * The form file's program. It shows what the file is and who sent it, asks for the code, opens the
 * content (wrong codes are told plainly and each one makes the next try wait longer), then hands
 * over to the review (review.ts) or the briefing (briefing.ts). It never makes a request: the
 * page's Content-Security-Policy would refuse one anyway.
 */
import { normaliseCode } from '../../../shared/forms/code';
import { formEnvelopeSchema, type FormEnvelope } from '../../../shared/forms/envelope';
import { openForm } from '../crypto';
import { dateWords, h, show } from './dom';
import { startBriefing } from './briefing';
import { startReview } from './review';

/** Wait after the nth wrong code, in seconds: 2, 4, 8 … up to a minute. */
export const waitAfter = (wrong: number) => Math.min(60, 2 ** wrong);

function readEnvelope(): FormEnvelope | null {
  const text = document.getElementById('form-envelope')?.textContent ?? '';
  try {
    const parsed = formEnvelopeSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function broken(): void {
  show(
    h('h1', {}, 'This form cannot be opened'),
    h('p', {}, 'The file has been changed or damaged since it was made. Ask the person who sent it for a new copy.'),
  );
}

function lockScreen(envelope: FormEnvelope): void {
  const info = envelope.publicInfo;
  let wrong = 0;
  let waitingUntil = 0;
  let busy = false;
  const input = h('input', { id: 'code', type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', 'aria-describedby': 'code-hint', class: 'input--code' });
  const message = h('div', { id: 'code-message' });
  const openButton = h('button', { type: 'submit', class: 'button' }, 'Open');

  const say = (text: string, problem: boolean) => {
    message.replaceChildren(h('p', { class: problem ? 'notice notice--problem' : 'notice', role: problem ? 'alert' : 'status' }, text));
  };

  const form = h(
    'form',
    { 'aria-label': 'Open the form' },
    h('div', { class: 'field' }, h('label', { for: 'code' }, 'Code'), h('p', { class: 'hint', id: 'code-hint' }, `12 letters and numbers. ${info.from.split(',')[0] ?? 'The sender'} gave it to you separately, on the phone or in a letter.`), input),
    message,
    openButton,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void tryCode();
  });

  async function tryCode() {
    if (busy) return;
    const left = Math.ceil((waitingUntil - Date.now()) / 1000);
    if (left > 0) return say(`Please wait ${left} ${left === 1 ? 'second' : 'seconds'} before trying again.`, true);
    const code = normaliseCode(input.value);
    if (code === null) {
      input.setAttribute('aria-invalid', 'true');
      return say('The code is 12 letters and numbers, like 7K3M 9QXR 2TWA. Check it and type it again.', true);
    }
    busy = true;
    openButton.setAttribute('aria-disabled', 'true');
    say('Opening…', false);
    const opened = await openForm(envelope, code);
    busy = false;
    openButton.removeAttribute('aria-disabled');
    if (opened === null) {
      wrong += 1;
      const wait = waitAfter(wrong);
      waitingUntil = Date.now() + wait * 1000;
      input.setAttribute('aria-invalid', 'true');
      return say(`That code does not open this form. Check it and try again in ${wait} seconds. If it still does not work, ask ${info.from.split(',')[0] ?? 'the sender'} for the code again, or for a new copy of the file.`, true);
    }
    let payload: unknown;
    try {
      payload = JSON.parse(opened.json);
    } catch {
      return broken();
    }
    const started = envelope.kind === 'family-review' ? startReview(payload, envelope) : startBriefing(payload, envelope, opened.key);
    if (!started) broken();
  }

  show(
    h('h1', {}, info.title),
    h('p', {}, 'From ', h('strong', {}, info.from), `, made on ${dateWords(info.madeOn)}.`),
    info.contact ? h('p', {}, `To contact them: ${info.contact}.`) : null,
    h('p', {}, 'What is in this form is locked so that only you can read it. Type the code you were given to open it. Nothing you type here is sent anywhere.'),
    form,
  );
}

const envelope = readEnvelope();
if (envelope === null) broken();
else lockScreen(envelope);
