/** Which parts of the live meeting screen go with which agenda item, for every shipped agenda and an area's own. */
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../shared/domain/agenda';
import { defaultAgendaTemplates } from '../../../shared/domain/agenda-templates';
import type { MeetingKind } from '../../../shared/domain/meeting';
import { agendaFromTemplate } from '../../../shared/rules/agenda';
import { newMeetingRecord } from '../../../shared/rules/meeting-run/start-record';
import { stepSummary } from '../../../shared/rules/meeting-run/step-summary';
import { meeting, people } from './fixtures';
import { agendaTopic, minutesSectionForItem, RUN_PARTS, runSteps, type RunPart, type RunStep } from '../../../shared/rules/meeting-run/agenda-parts';

function agendaOf(kind: MeetingKind): AgendaItem[] {
  let n = 0;
  return agendaFromTemplate(defaultAgendaTemplates()[kind], { meetingKind: kind, openActions: [], childAttends: true, newId: () => `item-${++n}` }).items;
}
const stepsOf = (items: readonly AgendaItem[]) => runSteps(items.map((item) => ({ itemId: item.id, item })));
const table = (steps: readonly RunStep[]) => steps.map((s) => [s.title, [...s.parts]]);
const item = (title: string, over: Partial<AgendaItem> = {}): AgendaItem => ({ id: `x-${title.length}`, title, description: '', minutes: 5, childAttends: false, kind: 'added', ...over });

describe('the parts of each agenda item', () => {
  it('a first meeting: every part in the agenda’s order, the family’s views with the child’s voice', () => {
    expect(table(stepsOf(agendaOf('first')))).toEqual([
      ['Who is here', ['attendance']],
      ['Welcome and introductions', ['attendance']],
      ['Why we are meeting, and what is shared', []],
      ["The child's voice", ['family-views', 'child-voices']],
      ['What is going well', ['going-well']],
      ['What we are worried about', ['worries']],
      ['Updates from each service', ['action-review']],
      ['The plan: what needs to happen', ['needs-to-happen', 'actions']],
      ['If things do not get better', ['outcome']],
      ['How worried are we?', ['scaling']],
      ['The next meeting', ['outcome']],
      ['Anything else, and how was the meeting for you?', []],
      ['Finish the meeting', ['outcome']],
    ]);
  });

  it('a review: the review of earlier actions third, as the agenda puts it', () => {
    const steps = stepsOf(agendaOf('review'));
    expect(steps.map((s) => s.title).slice(0, 5)).toEqual(['Who is here', 'Welcome and introductions', 'Why we are meeting, and what is shared', "Review of the last plan's actions", "The child's voice"]);
    expect(steps[3]?.parts).toEqual(['action-review']);
    expect(steps.find((s) => s.title === 'Updates from each service')?.parts).toEqual([]);
  });

  it.each(['pre-meeting', 'first', 'review', 'closing'] as const)('a %s meeting reaches every part from its steps, with nothing left over', (kind) => {
    const steps = stepsOf(agendaOf(kind));
    const reached = new Set(steps.flatMap((s) => s.parts));
    // A pre-meeting agenda has no lists; they wait in "Other parts of the record" rather than being lost.
    expect(RUN_PARTS.filter((p) => !reached.has(p))).toEqual([]);
    expect(steps.at(-1)?.kind).toBe('finish');
  });

  it('an area’s own wording is still recognised, and an unknown item gets the notes box only', () => {
    expect(agendaTopic(item('Strengths'))).toBe('going-well');
    expect(agendaTopic(item('Concerns raised by school'))).toBe('worries');
    expect(agendaTopic(item('Scaling question'))).toBe('scaling');
    expect(agendaTopic(item('Date of next review'))).toBe('next-meeting');
    expect(agendaTopic(item('Tea and biscuits'))).toBe('other');
    expect(agendaTopic(item('Something', { childVoice: true }))).toBe('child-voice');
    expect(agendaTopic(item('How the plan went', { kind: 'action-review' }))).toBe('action-review');
    const steps = stepsOf([item('Tea and biscuits')]);
    expect(steps.find((s) => s.kind === 'item')?.parts).toEqual([]);
  });

  it('parts no item takes go in one step before finishing; with no agenda that step holds them all', () => {
    const some = stepsOf([item('Tea and biscuits')]);
    expect(table(some).at(-2)).toEqual(['Other parts of the record', RUN_PARTS.filter((p) => p !== 'attendance')]);
    // With a welcome on the agenda, the family's views are heard there instead.
    const welcome = stepsOf([item('Welcome'), item('Tea and biscuits')]);
    expect(welcome[1]?.parts).toEqual(['attendance', 'family-views']);
    const none = runSteps([]);
    expect(none.map((s) => s.kind)).toEqual(['start', 'rest', 'finish']);
    expect(none[1]?.title).toBe('The meeting');
  });

  it('leaves out parts that do not apply', () => {
    const notReview = (p: RunPart) => p !== 'action-review';
    const steps = runSteps(agendaOf('first').map((i) => ({ itemId: i.id, item: i })), notReview);
    expect(steps.flatMap((s) => s.parts)).not.toContain('action-review');
  });

  it('an item taken off the agenda keeps its notes box under a plain title', () => {
    const steps = runSteps([{ itemId: 'gone', item: undefined }]);
    expect(steps[1]).toMatchObject({ kind: 'item', title: 'An item taken off the agenda', parts: [] });
  });
});

describe('the minutes section for an item’s notes', () => {
  it.each([
    ['Welcome and introductions', 'attendance'],
    ['Why we are meeting, and what is shared', 'confidentiality'],
    ['What is going well', 'strengths'],
    ['What we are worried about', 'worries'],
    ['Updates from each service', 'updates'],
    ['The plan: what needs to happen', 'needs'],
    ['If things do not get better', 'contingency'],
    ['How worried are we?', 'scaling'],
    ['The next meeting', 'next-review'],
    ['How support ends, or what happens next', 'decisions'],
    ['Anything else, and how was the meeting for you?', 'updates'],
  ] as const)('%j → %s', (title, section) => {
    expect(minutesSectionForItem(item(title))).toBe(section);
  });

  it('goes by the model first: the action review and the child’s voice, whatever their titles', () => {
    expect(minutesSectionForItem(item('Looking back', { kind: 'action-review' }))).toBe('earlier-actions');
    expect(minutesSectionForItem(item('Amir’s views', { childVoice: true }))).toBe('child-voice');
    expect(minutesSectionForItem(undefined)).toBe('updates');
  });
});

describe('what is filled on a step', () => {
  const base = newMeetingRecord(meeting(), people, '2026-12-03T16:00:00.000Z');
  it('says "Nothing yet" for an untouched step', () => {
    expect(stepSummary(['going-well', 'actions'], base, { itemId: 'item-welcome', actionCount: 0 })).toBe('Nothing yet');
  });
  it('counts notes, entries and actions in the part order', () => {
    const record = {
      ...base,
      itemNotes: base.itemNotes.map((n) => (n.itemId === 'item-plan' ? { ...n, notes: 'We agreed a plan.' } : n)),
      needsToHappen: [{ id: 'n1', text: 'Leo gets to school on time' }, { id: 'n2', text: '  ' }],
      worries: [{ id: 'w1', text: 'Mondays' }, { id: 'w2', text: 'Sleep' }],
    };
    expect(stepSummary(['needs-to-happen', 'actions'], record, { itemId: 'item-plan', actionCount: 1 })).toBe('Notes, 1 to happen, 1 action');
    expect(stepSummary(['worries'], record, { actionCount: 0 })).toBe('2 worries');
    expect(stepSummary(['family-views'], { ...record, familyViews: 'We are tired' }, { actionCount: 0 })).toBe('The family’s views');
  });
});
