/**
 * A very small way to build the form's page: elements with text only (never HTML strings), so
 * nothing the file carries can turn into markup. The form has no framework, to stay small.
 */
import { bytesToHex } from '../../../shared/bytes';
import { isValidIsoDate } from '../../../shared/rules/dates';
import { formatLongDate, londonDate } from '../../../shared/time/london';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== null && child !== undefined && child !== false) el.append(child);
  return el;
}

/** Replaces the page's content and puts focus on its heading (so a screen reader starts there). */
export function show(...children: Child[]): void {
  const app = document.getElementById('app');
  if (!app) return;
  const main = h('main', {}, ...children);
  app.replaceChildren(main);
  const heading = main.querySelector('h1, h2');
  if (heading instanceof HTMLElement) {
    heading.tabIndex = -1;
    heading.focus();
  }
  window.scrollTo(0, 0);
}

let uid = 0;
export const nextId = (prefix: string) => `${prefix}-${++uid}`;

export function textArea(label: string, value: string, onInput: (value: string) => void, hint?: string): HTMLElement {
  const id = nextId('text');
  const hintId = hint ? `${id}-hint` : undefined;
  const area = h('textarea', { id, rows: '4', 'aria-describedby': hintId });
  area.value = value;
  area.addEventListener('input', () => onInput(area.value));
  return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, area);
}

export function radios<T extends string>(legend: string, name: string, options: ReadonlyArray<{ value: T; label: string }>, value: T | '', onChange: (value: T) => void, error?: string): HTMLElement {
  const errorId = error ? nextId('error') : undefined;
  return h(
    'fieldset',
    { class: error ? 'field field--error' : 'field', 'aria-describedby': errorId },
    h('legend', {}, legend),
    error ? h('p', { class: 'error', id: errorId }, h('span', { class: 'visually-hidden' }, 'Error: '), error) : null,
    ...options.map((o) => {
      const id = nextId(name);
      const input = h('input', { type: 'radio', id, name, value: o.value, checked: o.value === value });
      input.addEventListener('change', () => onChange(o.value));
      return h('div', { class: 'radio' }, input, h('label', { for: id }, o.label));
    }),
  );
}

export function button(label: string, onClick: () => void, secondary = false): HTMLButtonElement {
  return h('button', { type: 'button', class: secondary ? 'button button--secondary' : 'button', onclick: () => onClick() }, label);
}

/** "23 November 2026" from an ISO date; anything else as it is. */
export function dateWords(iso: string): string {
  return isValidIsoDate(iso) ? formatLongDate(iso) : iso;
}

/** Today's date in England, as an ISO date. */
export function todayIso(now: Date = new Date()): string {
  return londonDate(now);
}

/** Saves text as a file on this device (a download: nothing leaves the device). */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function newReplyId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return bytesToHex(bytes);
}
