/**
 * The school's briefing in the form file: the briefing form with the child's name and the meeting
 * filled in from the chair's request, attendance worked out as they type (or pasted from a
 * spreadsheet), kept in this browser while they work (sealed with the form's own key), and a
 * finished briefing file exactly as the app makes one, for the chair to import.
 */
import { authoredBriefingSchema, briefingBodyFrom, briefingTitle, FIELD_IDS, newAuthoredBriefing, termNamesFor, type AuthoredBriefing } from '../../../shared/briefing/authored';
import { readAttendanceCsv, ATTENDANCE_CSV_EXAMPLE } from '../../../shared/briefing/attendance-csv';
import { writeBriefingFile } from '../../../shared/briefing/file-format';
import { PROGRESS_LEVEL_LABELS, PROGRESS_LEVELS, SECTION_KEYS, sectionWords, ATTENDANCE_HEADING, PROGRESS_LEVEL_HEADING, type ProgressLevel } from '../../../shared/briefing/sections';
import { briefingFormPayloadSchema, tabsToCsv, type BriefingFormPayload } from '../../../shared/forms/briefing';
import type { FormEnvelope } from '../../../shared/forms/envelope';
import { attendanceWords, checkSessionFigures, PERSISTENT_ABSENCE_WORDS, SESSION_WORDS, summariseAttendance, type FigureField } from '../../../shared/rules/school-attendance';
import { FILE_KIND_TABLE, fileNameFor } from '../../../shared/file-kinds';
import { openWithKey, sealWithKey } from '../crypto';
import { button, dateWords, h, radios, show, todayIso } from './dom';

const storageKey = (formId: string) => `team-around-form:${formId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function startBriefing(value: unknown, envelope: FormEnvelope, key: CryptoKey): boolean {
  const parsed = briefingFormPayloadSchema.safeParse(value);
  if (!parsed.success || parsed.data.formId !== envelope.formId) return false;
  void restore(parsed.data, key).then((state) => render(parsed.data, key, state.briefing, state.restored));
  return true;
}

async function restore(p: BriefingFormPayload, key: CryptoKey): Promise<{ briefing: AuthoredBriefing; restored: boolean }> {
  const now = new Date().toISOString();
  const fresh = newAuthoredBriefing(p.request, { id: p.briefingId, now, today: todayIso(), author: { name: '', role: '' } });
  const kept = storage()?.getItem(storageKey(p.formId));
  if (!kept) return { briefing: fresh, restored: false };
  const text = await openWithKey(key, kept);
  if (text === null) return { briefing: fresh, restored: false };
  try {
    const briefing = authoredBriefingSchema.safeParse(JSON.parse(text));
    return briefing.success && briefing.data.id === p.briefingId ? { briefing: briefing.data, restored: true } : { briefing: fresh, restored: false };
  } catch {
    return { briefing: fresh, restored: false };
  }
}

function render(p: BriefingFormPayload, key: CryptoKey, start: AuthoredBriefing, restored: boolean): void {
  let b = start;
  let saving: ReturnType<typeof setTimeout> | undefined;
  const store = storage();
  const saveState = h('p', { class: 'hint', role: 'status' }, store ? '' : 'This browser cannot keep your work while you type: finish the briefing before you close it.');
  const change = (next: AuthoredBriefing) => {
    b = { ...next, updatedAt: new Date().toISOString() };
    if (!store) return;
    saveState.textContent = 'Keeping your work…';
    clearTimeout(saving);
    saving = setTimeout(() => {
      void sealWithKey(key, JSON.stringify(b)).then((sealed) => {
        try {
          store.setItem(storageKey(p.formId), sealed);
          saveState.textContent = 'Kept in this browser.';
        } catch {
          saveState.textContent = 'This browser could not keep your work: finish the briefing before you close it.';
        }
      });
    }, 300);
  };
  const school = b.kind === 'school-briefing';
  const request = p.request;

  const input = (id: string, label: string, value: string, set: (v: string) => void, hint?: string, width = '') => {
    const el = h('input', { id, type: 'text', autocomplete: 'off', class: width, 'aria-describedby': hint ? `${id}-hint` : undefined });
    el.value = value;
    el.addEventListener('input', () => set(el.value));
    return h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, el);
  };
  const area = (id: string, label: string, value: string, set: (v: string) => void, hint: string) => {
    const el = h('textarea', { id, rows: '5', 'aria-describedby': `${id}-hint` });
    el.value = value;
    el.addEventListener('input', () => set(el.value));
    return h('div', { class: 'field' }, h('label', { for: id }, label), h('p', { class: 'hint', id: `${id}-hint` }, hint), el);
  };

  // ------------------------------------------------------------ attendance, worked out as they type
  const terms = () => termNamesFor(b.writtenOn, todayIso());
  const figureInputs: Record<string, HTMLInputElement> = {};
  const summaries = { thisTerm: h('p', { class: 'attendance-sum' }), lastTerm: h('p', { class: 'attendance-sum' }) };
  const termLegends = { thisTerm: h('legend', {}), lastTerm: h('legend', {}) };
  const workOut = (which: 'thisTerm' | 'lastTerm') => {
    const name = terms()[which];
    termLegends[which].textContent = `${which === 'thisTerm' ? 'This term' : 'Last term'}: ${name}`;
    const checked = checkSessionFigures(b.attendance[which], name);
    const out = summaries[which];
    if (!checked.ok) out.textContent = checked.problems.map((x) => x.message).join('. ');
    else if (checked.figures === null) out.textContent = 'No figures yet.';
    else {
      const sum = summariseAttendance(checked.figures);
      out.textContent = `${attendanceWords(sum)}${sum.persistentAbsence ? ` ${PERSISTENT_ABSENCE_WORDS}` : ''}`;
    }
  };
  const setFigure = (which: 'thisTerm' | 'lastTerm', field: FigureField, v: string) => {
    change({ ...b, attendance: { ...b.attendance, [which]: { ...b.attendance[which], [field]: v } } });
    workOut(which);
  };
  const termFields = (which: 'thisTerm' | 'lastTerm') => {
    const fields = (['possible', 'attended', 'late'] as const).map((field) => {
      const id = FIELD_IDS.figure(which, field);
      const el = h('input', { id, type: 'text', inputmode: 'numeric', autocomplete: 'off', class: 'input--short' });
      el.value = b.attendance[which][field];
      el.addEventListener('input', () => setFigure(which, field, el.value));
      figureInputs[id] = el;
      const label = { possible: 'Sessions possible', attended: 'Sessions attended', late: 'Late sessions (leave blank for none)' }[field];
      return h('div', { class: 'field' }, h('label', { for: id }, label), el);
    });
    const status = summaries[which];
    status.setAttribute('aria-live', 'polite');
    return h('fieldset', { class: 'field' }, termLegends[which], ...fields, status);
  };
  const pasteBox = h('textarea', { id: 'attendance-paste', rows: '4', 'aria-describedby': 'attendance-paste-hint' });
  const pasteOutcome = h('div', {});
  const applyPaste = () => {
    const read = readAttendanceCsv(tabsToCsv(pasteBox.value), terms());
    if (!read.ok) {
      pasteOutcome.replaceChildren(h('div', { class: 'notice notice--problem', role: 'alert' }, h('p', {}, 'Nothing was filled in:'), h('ul', {}, ...read.problems.map((x) => h('li', {}, x)))));
      return;
    }
    for (const which of ['thisTerm', 'lastTerm'] as const) {
      const figures = read[which];
      if (!figures) continue;
      for (const field of ['possible', 'attended', 'late'] as const) {
        const el = figureInputs[FIELD_IDS.figure(which, field)];
        if (el) el.value = figures[field];
      }
      change({ ...b, attendance: { ...b.attendance, [which]: figures } });
      workOut(which);
    }
    pasteOutcome.replaceChildren(h('p', { class: 'notice', role: 'status' }, 'The figures have been filled in from the paste. Check them below.'));
  };

  // ------------------------------------------------------------ making the file
  const problemsBox = h('div', {});
  const doneBox = h('div', {});
  const make = () => {
    const result = briefingBodyFrom(b, { now: new Date().toISOString(), today: todayIso() });
    if (!result.ok) {
      doneBox.replaceChildren();
      const summary = h(
        'div',
        { class: 'error-summary', role: 'alert', tabindex: '-1' },
        h('h2', {}, 'There is a problem'),
        h('ul', {}, ...result.problems.map((x) => h('li', {}, h('a', { href: `#${x.fieldId}`, onclick: (e: Event) => { e.preventDefault(); document.getElementById(x.fieldId)?.focus(); } }, x.message)))),
      );
      problemsBox.replaceChildren(summary);
      summary.focus();
      return;
    }
    problemsBox.replaceChildren();
    const bytes = writeBriefingFile(result.body);
    const name = fileNameFor(briefingTitle(b.kind, result.body.child.name).replace(/[\\/:*?"<>|]/g, ' '), 'briefing');
    const url = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: FILE_KIND_TABLE.briefing.mime }));
    const link = h('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    const to = request.askedBy.name || 'the chair of the meeting';
    const done = h('div', { class: 'notice', role: 'status', tabindex: '-1' }, h('h2', {}, 'Your briefing file is saved'), h('p', {}, `Saved as ${name} in your downloads. Send it to ${to} as an attachment, securely. If you change anything, make the file again and send the new one.`));
    doneBox.replaceChildren(done);
    done.focus();
  };

  const title = briefingTitle(b.kind, request.child.name);
  show(
    h('h1', {}, title),
    h('p', {}, `For the Team Around meeting on ${dateWords(request.meetingDate)}, asked for by ${[request.askedBy.name, request.askedBy.role].filter(Boolean).join(', ')}.`),
    restored ? h('p', { class: 'notice', role: 'status' }, 'What you typed before has been put back.') : null,
    h('p', {}, 'Everything you type is kept only in this browser, locked with your code, until you make the briefing file.'),
    problemsBox,
    h('h2', {}, 'About you'),
    input(FIELD_IDS.authorName, 'Your name', b.author.name, (v) => change({ ...b, author: { ...b.author, name: v } })),
    input(FIELD_IDS.authorRole, 'Your role', b.author.role, (v) => change({ ...b, author: { ...b.author, role: v } }), 'For example: Designated safeguarding lead'),
    input(FIELD_IDS.authorAgency, school ? 'Your school' : 'Your service or organisation', b.author.agency, (v) => change({ ...b, author: { ...b.author, agency: v } })),
    input(FIELD_IDS.writtenOn, 'Date you wrote this', b.writtenOn, (v) => {
      change({ ...b, writtenOn: v });
      workOut('thisTerm');
      workOut('lastTerm');
    }, 'Day/month/year, for example 23/11/2026'),
    h('h2', {}, 'The child'),
    input(FIELD_IDS.childName, 'Child’s name', b.child.name, (v) => change({ ...b, child: { ...b.child, name: v } })),
    input(FIELD_IDS.childDateOfBirth, 'Child’s date of birth', b.child.dateOfBirth, (v) => change({ ...b, child: { ...b.child, dateOfBirth: v } }), 'Day/month/year'),
    school ? h('h2', {}, ATTENDANCE_HEADING) : null,
    school ? h('p', { class: 'hint' }, SESSION_WORDS) : null,
    school ? termFields('thisTerm') : null,
    school ? termFields('lastTerm') : null,
    school
      ? h(
          'div',
          { class: 'field' },
          h('label', { for: 'attendance-paste' }, 'Or paste the figures from a spreadsheet'),
          h('p', { class: 'hint', id: 'attendance-paste-hint' }, `Copy the rows with their headings, from a spreadsheet or as CSV, for example: ${ATTENDANCE_CSV_EXAMPLE.split('\n').join(' / ')}`),
          pasteBox,
          button('Fill in from the paste', applyPaste, true),
          pasteOutcome,
        )
      : null,
    school
      ? radios<ProgressLevel>(PROGRESS_LEVEL_HEADING, 'progress-level', PROGRESS_LEVELS.map((level) => ({ value: level, label: PROGRESS_LEVEL_LABELS[level] })), b.progressLevel ?? '', (level) => change({ ...b, progressLevel: level }))
      : null,
    h('h2', {}, 'Your briefing'),
    ...SECTION_KEYS.map((k) => {
      const words = sectionWords(b.kind, k);
      return area(FIELD_IDS.section(k), words.heading, b.sections[k], (v) => change({ ...b, sections: { ...b.sections, [k]: v } }), words.hint);
    }),
    saveState,
    button('Make the briefing file', make),
    doneBox,
  );
  if (school) {
    workOut('thisTerm');
    workOut('lastTerm');
  }
}
