import { describe, expect, test } from 'vitest';
import { agendaSchema, totalMinutes } from '../../../shared/domain/agenda';
import { agendaFromTemplate, openActionsInOrder } from '../../../shared/rules/agenda';
import { action, idMaker, reviewAgenda, TEMPLATES } from './fixtures';

const MIXED = [
  action('action-late-due', 'not-started', '2026-12-01'),
  action('action-done-0001', 'done', '2026-09-15'),
  action('action-undated-1', 'in-progress', null),
  action('action-early-due', 'in-progress', '2026-10-01'),
  action('action-notdone-01', 'not-done', '2026-09-20'),
  action('action-middle-due', 'not-started', '2026-11-01'),
];

describe('agendaFromTemplate', () => {
  test('a review agenda carries exactly the open actions, soonest due first, undated last', () => {
    const agenda = reviewAgenda(MIXED);
    const item = agenda.items.find((i) => i.kind === 'action-review');
    expect(item?.title).toBe("Review of the last plan's actions");
    expect(item?.actionIds).toEqual(['action-early-due', 'action-middle-due', 'action-late-due', 'action-undated-1']);
  });

  test('done and not-done actions are left out; a repeated action appears once', () => {
    const ids = openActionsInOrder([...MIXED, MIXED[0]!]).map((a) => a.id);
    expect(ids).not.toContain('action-done-0001');
    expect(ids).not.toContain('action-notdone-01');
    expect(ids.filter((id) => id === 'action-late-due')).toHaveLength(1);
  });

  test('actions with the same due date keep the order they were recorded in', () => {
    const a = action('action-second-1', 'not-started', '2026-10-01', { createdAt: '2026-09-02T10:00:00Z' });
    const b = action('action-first-01', 'not-started', '2026-10-01', { createdAt: '2026-09-01T10:00:00Z' });
    expect(openActionsInOrder([a, b]).map((x) => x.id)).toEqual(['action-first-01', 'action-second-1']);
  });

  test('actions agreed at this same meeting are not carried onto its own review item', () => {
    const agenda = agendaFromTemplate(TEMPLATES.review, {
      meetingKind: 'review',
      openActions: [action('action-earlier-1', 'not-started', null), action('action-today-01', 'not-started', null, { meetingId: 'meeting-today' })],
      childAttends: true,
      newId: idMaker(),
      meetingId: 'meeting-today',
    });
    expect(agenda.items.find((i) => i.kind === 'action-review')?.actionIds).toEqual(['action-earlier-1']);
  });

  test('a closing agenda also carries open actions, so each is settled', () => {
    const agenda = agendaFromTemplate(TEMPLATES.closing, { meetingKind: 'closing', openActions: MIXED, childAttends: false, newId: idMaker() });
    expect(agenda.items.find((i) => i.kind === 'action-review')?.actionIds).toHaveLength(4);
  });

  test('a first meeting has no action-review item whatever actions are passed', () => {
    const agenda = agendaFromTemplate(TEMPLATES.first, { meetingKind: 'first', openActions: MIXED, childAttends: true, newId: idMaker() });
    expect(agenda.items.every((i) => i.kind === 'standard' && i.actionIds === undefined)).toBe(true);
  });

  test('the agenda copies titles, descriptions and minutes and is a valid agenda', () => {
    const agenda = reviewAgenda();
    expect(agendaSchema.safeParse(agenda).success).toBe(true);
    expect(agenda.items.map((i) => i.title)).toEqual(TEMPLATES.review.items.map((i) => i.title));
    expect(totalMinutes(agenda)).toBe(90);
    expect(agenda.items.filter((i) => i.childVoice === true).map((i) => i.title)).toEqual(["The child's voice"]);
  });

  test('the child is in the room only for items they can usually attend, and only if they come at all', () => {
    const coming = agendaFromTemplate(TEMPLATES.first, { meetingKind: 'first', openActions: [], childAttends: true, newId: idMaker() });
    expect(coming.items.map((i) => i.childAttends)).toEqual(TEMPLATES.first.items.map((i) => i.childCanAttend));
    expect(coming.items.find((i) => i.title === 'What we are worried about')?.childAttends).toBe(false);
    const notComing = agendaFromTemplate(TEMPLATES.first, { meetingKind: 'first', openActions: [], childAttends: false, newId: idMaker() });
    expect(notComing.items.some((i) => i.childAttends)).toBe(false);
  });

  test('a template for another kind of meeting is refused', () => {
    expect(() => agendaFromTemplate(TEMPLATES.first, { meetingKind: 'review', openActions: [], childAttends: true, newId: idMaker() })).toThrow(
      'A first template cannot make a review agenda',
    );
  });
});
