import { describe, expect, test } from 'vitest';
import type { Action } from '../../../shared/domain/action';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import { planWarnings } from '../../../shared/rules/plan-quality';

const glossary = loadDefaultGlossary();
const today = '2026-03-10';

const action = (over: Partial<Action> = {}): Action => ({
  id: over.id ?? 'a1',
  familyId: 'f1',
  meetingId: 'm1',
  childId: null,
  what: 'Mum will ring the school nurse',
  ownerName: 'Mum',
  dueDate: '2026-04-01',
  howWeWillKnow: 'Mum tells us at the next meeting',
  status: 'not-started',
  note: '',
  createdAt: '2026-03-01T10:00:00Z',
  updatedAt: '2026-03-01T10:00:00Z',
  ...over,
});

const kindsFor = (actions: Action[]) => planWarnings(actions, { today, glossary }).map((w) => w.kind);

describe('plan warnings', () => {
  test.each<[string, Partial<Action>, string[]]>([
    ['a good action', {}, []],
    ['no owner', { ownerName: '  ' }, ['no-owner']],
    ['no due date', { dueDate: null }, ['no-due-date']],
    ['past due, not started', { dueDate: '2026-03-09' }, ['past-due']],
    ['past due, in progress', { dueDate: '2026-01-01', status: 'in-progress' }, ['past-due']],
    ['due today', { dueDate: today }, []],
    ['past due but done', { dueDate: '2026-01-01', status: 'done' }, []],
    ['done with no owner or date', { ownerName: '', dueDate: null, status: 'done' }, []],
    ['jargon in the wording', { what: 'Improve engagement with school' }, ['wording']],
    ['unexplained abbreviation', { what: 'Ask the SENCO about help' }, ['wording']],
    ['abbreviation in how we will know', { howWeWillKnow: 'The DSL checks' }, ['wording']],
    ['explained abbreviation', { what: 'Ask the Special Educational Needs Co-ordinator (SENCO) about help' }, []],
    ['several problems', { ownerName: '', dueDate: null, what: 'Multi-agency support' }, ['no-owner', 'no-due-date', 'wording']],
  ])('%s', (_name, over, expected) => {
    expect(kindsFor([action(over)])).toEqual(expected);
  });

  test('messages are plain and name the action by number', () => {
    const [w] = planWarnings([action(), action({ id: 'a2', ownerName: '' })], { today, glossary });
    expect(w).toEqual({ kind: 'no-owner', actionId: 'a2', message: 'Action 2 has no owner. Agree one person who will do it (it can be a parent).' });
  });

  test('past due says the date in UK style', () => {
    const [w] = planWarnings([action({ dueDate: '2026-02-23' })], { today, glossary });
    expect(w?.message).toContain('23 February 2026');
  });

  test('wording warnings carry the flag and its suggestion', () => {
    const [w] = planWarnings([action({ what: 'Ask the SENCO' })], { today, glossary });
    expect(w?.flag?.text).toBe('SENCO');
    expect(w?.message).toBe('Action 1 uses "SENCO" without saying what it means. Say what SENCO means the first time: Special Educational Needs Co-ordinator.');
  });

  test('abbreviations explained elsewhere can be passed in', () => {
    expect(planWarnings([action({ what: 'Ask the SENCO' })], { today, glossary, explained: ['SENCO'] })).toEqual([]);
  });

  test.each([[8, []], [9, ['too-many-actions']]])('%i open actions', (n, expected) => {
    const actions = Array.from({ length: n }, (_, i) => action({ id: `a${i}` }));
    expect(kindsFor(actions)).toEqual(expected);
  });

  test('done actions do not count towards too many', () => {
    const actions = Array.from({ length: 12 }, (_, i) => action({ id: `a${i}`, status: i < 4 ? 'done' : 'in-progress' }));
    expect(kindsFor(actions)).toEqual([]);
  });

  test('an empty plan has no warnings', () => {
    expect(kindsFor([])).toEqual([]);
  });
});
