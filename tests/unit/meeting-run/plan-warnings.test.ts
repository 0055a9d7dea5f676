import { expect, it } from 'vitest';
import type { Action } from '../../../shared/domain/action';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import { planWarnings, type PlanWarningKind } from '../../../shared/rules/plan-quality';

// The warnings beside the actions on the live meeting screen: every kind, as the chair sees them.
const glossary = loadDefaultGlossary();
const today = '2026-12-03';
const action = (n: number, over: Partial<Action> = {}): Action => ({
  id: `action-000${n}`,
  familyId: 'family-0001',
  meetingId: 'meeting-0001',
  childId: null,
  what: `Ring the school office about week ${n}`,
  ownerName: 'Ana Ruiz',
  dueDate: '2027-01-08',
  howWeWillKnow: 'Ana tells us',
  status: 'not-started',
  note: '',
  createdAt: `2026-12-03T16:0${n}:00.000Z`,
  updatedAt: `2026-12-03T16:0${n}:00.000Z`,
  ...over,
});

it('a weak plan gets every kind of warning, each beside its action by number, and the whole-plan one last', () => {
  const plan = [
    action(1, { ownerName: '' }),
    action(2, { dueDate: null }),
    action(3, { dueDate: '2026-11-30' }),
    action(4, { what: 'Improve engagement with school' }),
    ...[5, 6, 7, 8, 9].map((n) => action(n)),
  ];
  const warnings = planWarnings(plan, { today, glossary });
  expect(warnings.map((w) => [w.kind, w.actionId ?? null])).toEqual([
    ['no-owner', 'action-0001'],
    ['no-due-date', 'action-0002'],
    ['past-due', 'action-0003'],
    ['wording', 'action-0004'],
    ['too-many-actions', null],
  ]);
  const kinds = new Set<PlanWarningKind>(['no-owner', 'no-due-date', 'past-due', 'wording', 'too-many-actions']);
  expect(new Set(warnings.map((w) => w.kind))).toEqual(kinds);
  expect(warnings.map((w) => w.message)).toEqual([
    'Action 1 has no owner. Agree one person who will do it (it can be a parent).',
    'Action 2 has no date. Agree when it will be done by.',
    'Action 3 was due by 30 November 2026 and is not done yet. Talk about what is getting in the way, and agree a new date.',
    expect.stringMatching(/^Action 4 uses "engagement", which a family may not know\./),
    'This plan has 9 actions still to do. More than 8 is a lot for a family to keep track of: think about which matter most right now.',
  ]);
});

it('the same plan with owners, dates, plain words and one action done has nothing to say', () => {
  const plan = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => action(n)).concat(action(9, { status: 'done', dueDate: '2026-11-30', ownerName: '' }));
  expect(planWarnings(plan, { today, glossary })).toEqual([]);
});

it('an action marked not done is closed: no warnings about its owner or date, and it does not count as open', () => {
  const plan = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => action(n)).concat(action(9, { status: 'not-done', dueDate: null, ownerName: '' }));
  expect(planWarnings(plan, { today, glossary })).toEqual([]);
});
