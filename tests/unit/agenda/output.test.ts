import { describe, expect, test } from 'vitest';
import type { Agenda } from '../../../shared/domain/agenda';
import { agendaFromTemplate, agendaSummaryForFamily, checkAgenda, endsAt, removeItem, setMinutes } from '../../../shared/rules/agenda';
import { describeMinutes } from '../../../shared/rules/agenda-output';
import { action, idMaker, reviewAgenda, reviewItemId, TEMPLATES } from './fixtures';

const small: Agenda = {
  meetingKind: 'first',
  items: [
    { id: 'item-000001', title: 'Welcome', description: 'Who everyone is.', minutes: 10, childAttends: true, kind: 'standard' },
    { id: 'item-000002', title: 'Worries', description: 'What we are worried about.', minutes: 25, childAttends: false, kind: 'standard' },
    { id: 'item-000003', title: "Leo's views", description: '', minutes: 0, childAttends: true, kind: 'added' },
    { id: 'item-000004', title: 'Next meeting', description: 'When we meet again.', minutes: 5, childAttends: true, kind: 'standard' },
  ],
};

describe('endsAt', () => {
  test('each item starts when the one before ends', () => {
    const times = endsAt('16:00', small);
    expect(times).toEqual({
      ok: true,
      items: [
        { id: 'item-000001', title: 'Welcome', startsAt: '16:00', endsAt: '16:10' },
        { id: 'item-000002', title: 'Worries', startsAt: '16:10', endsAt: '16:35' },
        { id: 'item-000003', title: "Leo's views", startsAt: '16:35', endsAt: '16:35' },
        { id: 'item-000004', title: 'Next meeting', startsAt: '16:35', endsAt: '16:40' },
      ],
      endsAt: '16:40',
      nextDay: false,
    });
  });

  test('the shipped review agenda from 16:00 ends at 17:30', () => {
    const times = endsAt('16:00', reviewAgenda());
    expect(times.ok && times.items.map((t) => t.startsAt).slice(0, 4)).toEqual(['16:00', '16:05', '16:10', '16:25']);
    expect(times.ok && times.endsAt).toBe('17:30');
  });

  test('a single-digit hour is accepted; running past midnight is said', () => {
    expect(endsAt('9:30', small)).toMatchObject({ ok: true, endsAt: '10:10' });
    expect(endsAt('23:30', small)).toMatchObject({ ok: true, endsAt: '00:10', nextDay: true });
  });

  test('a start that is not a time gets a plain message', () => {
    for (const bad of ['', '4pm', '24:00', '16:60', '16.00']) {
      expect(endsAt(bad, small)).toEqual({ ok: false, message: 'Enter the start time as hours and minutes, for example 16:00' });
    }
  });

  test('an empty agenda ends when it starts', () => {
    expect(endsAt('16:00', { meetingKind: 'first', items: [] })).toEqual({ ok: true, items: [], endsAt: '16:00', nextDay: false });
  });
});

describe('agendaSummaryForFamily', () => {
  test('titles and descriptions in order, items with the child flagged by name', () => {
    expect(agendaSummaryForFamily(small, { childName: ' Leo ' }).map((l) => l.text)).toEqual([
      'Welcome (with Leo): Who everyone is.',
      'Worries: What we are worried about.',
      "Leo's views (with Leo)",
      'Next meeting (with Leo): When we meet again.',
    ]);
  });

  test('without a name nothing is flagged, but each line still says whether the child is there', () => {
    const lines = agendaSummaryForFamily(small);
    expect(lines.map((l) => l.text)[0]).toBe('Welcome: Who everyone is.');
    expect(lines.map((l) => l.withChild)).toEqual([true, false, true, true]);
  });

  test('the shipped first agenda reads in plain words, without internal ids', () => {
    const agenda = agendaFromTemplate(TEMPLATES.first, { meetingKind: 'first', openActions: [], childAttends: true, newId: idMaker() });
    const lines = agendaSummaryForFamily(agenda, { childName: 'Maya' });
    expect(lines).toHaveLength(TEMPLATES.first.items.length);
    expect(lines.find((l) => l.title === 'What we are worried about')?.text).not.toContain('(with Maya)');
    expect(lines.map((l) => l.text).join('\n')).not.toMatch(/item-\d/);
  });
});

describe('checkAgenda', () => {
  test('the shipped agendas raise nothing at their own length', () => {
    for (const kind of ['pre-meeting', 'first', 'review', 'closing'] as const) {
      const agenda = agendaFromTemplate(TEMPLATES[kind], { meetingKind: kind, openActions: [], childAttends: true, newId: idMaker() });
      expect(checkAgenda(agenda, TEMPLATES[kind].lengthMinutes)).toEqual([]);
    }
  });

  test('items longer than the meeting', () => {
    expect(checkAgenda(reviewAgenda(), 80)).toEqual([
      'The items add up to 1 hour 30 minutes, which is 10 minutes more than the 1 hour 20 minutes the meeting is booked for.',
    ]);
    expect(checkAgenda(reviewAgenda(), 90)).toEqual([]);
  });

  test("no item for the child's voice", () => {
    const agenda = { ...small, items: small.items.filter((i) => i.id !== 'item-000003') };
    expect(checkAgenda(agenda, 60)).toEqual(["There is no item for the child's voice. Add one so the child's views are heard in their own right."]);
    // An item the chair added and named for the child's views counts.
    expect(checkAgenda(small, 60)).toEqual([]);
  });

  test('a review meeting with no action review', () => {
    const agenda = reviewAgenda([]);
    const removed = removeItem(agenda, reviewItemId(agenda));
    expect(removed.ok && checkAgenda(removed.agenda, 90)).toEqual([
      "This review has no item for going through the last plan's actions. Add one so unfinished actions are not missed.",
    ]);
  });

  test('open actions with no time to go through them', () => {
    const agenda = reviewAgenda([action('action-open-1', 'in-progress', null)]);
    const zero = setMinutes(agenda, reviewItemId(agenda), 0);
    expect(zero.ok && checkAgenda(zero.agenda, 90)).toEqual([`"Review of the last plan's actions" has 1 open action to go through but no time set for it.`]);
  });

  test('minutes in words', () => {
    expect([0, 1, 45, 60, 61, 150].map(describeMinutes)).toEqual(['0 minutes', '1 minute', '45 minutes', '1 hour', '1 hour 1 minute', '2 hours 30 minutes']);
  });
});
