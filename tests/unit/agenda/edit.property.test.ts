import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { totalMinutes, type Agenda } from '../../../shared/domain/agenda';
import { addItem, moveItem, removeItem, restoreItem, setMinutes } from '../../../shared/rules/agenda';
import { action, reviewAgenda } from './fixtures';

const AGENDA = reviewAgenda([]);
const index = fc.nat({ max: AGENDA.items.length - 1 });
const move = fc.record({ at: index, direction: fc.constantFrom('up' as const, 'down' as const) });
const ids = (a: Agenda) => a.items.map((i) => i.id);

describe('agenda operations, for any sequence', () => {
  test('moving never loses or duplicates an item', () => {
    fc.assert(
      fc.property(fc.array(move, { maxLength: 60 }), (moves) => {
        let agenda = AGENDA;
        for (const m of moves) agenda = moveItem(agenda, ids(agenda)[m.at]!, m.direction);
        expect([...ids(agenda)].sort()).toEqual([...ids(AGENDA)].sort());
        expect(new Set(ids(agenda)).size).toBe(AGENDA.items.length);
        expect(totalMinutes(agenda)).toBe(totalMinutes(AGENDA));
      }),
    );
  });

  test('total minutes is always the sum of the items\' minutes', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: index, minutes: fc.integer({ min: 0, max: 240 }) }), { maxLength: 30 }), (changes) => {
        let agenda = AGENDA;
        for (const c of changes) {
          const result = setMinutes(agenda, ids(agenda)[c.at]!, c.minutes);
          expect(result.ok).toBe(true);
          if (result.ok) agenda = result.agenda;
        }
        expect(totalMinutes(agenda)).toBe(agenda.items.reduce((s, i) => s + i.minutes, 0));
        for (const c of changes) expect(agenda.items[c.at]!.minutes).toBe(changes.findLast((d) => d.at === c.at)!.minutes);
      }),
    );
  });

  test('undoing a removal puts back exactly the item that was removed, where it was', () => {
    fc.assert(
      fc.property(index, (at) => {
        const item = AGENDA.items[at]!;
        const removed = removeItem(AGENDA, item.id);
        if (!removed.ok) return;
        expect(restoreItem(removed.agenda, item, at)).toEqual(AGENDA);
        // Twice changes nothing more.
        expect(restoreItem(AGENDA, item, at)).toBe(AGENDA);
      }),
    );
  });

  test('removing an item then adding it back after its old neighbour restores the agenda', () => {
    fc.assert(
      fc.property(index, (at) => {
        const item = AGENDA.items[at]!;
        const removed = removeItem(AGENDA, item.id);
        expect(removed.ok).toBe(true);
        if (!removed.ok) return;
        expect(ids(removed.agenda)).toEqual(ids(AGENDA).filter((id) => id !== item.id));
        const afterId = at === 0 ? undefined : AGENDA.items[at - 1]!.id;
        const readded = addItem(removed.agenda, { ...item }, afterId);
        expect(readded.ok).toBe(true);
        if (!readded.ok) return;
        const others = (a: Agenda) => ids(a).filter((id) => id !== item.id);
        expect(others(readded.agenda)).toEqual(others(AGENDA));
        if (at > 0) expect(ids(readded.agenda)).toEqual(ids(AGENDA));
        else expect(ids(readded.agenda)).toEqual([...others(AGENDA), item.id]);
      }),
    );
  });

  test('adding at any place keeps every other item in order and adds its minutes', () => {
    fc.assert(
      fc.property(fc.option(index, { nil: undefined }), fc.integer({ min: 0, max: 240 }), (at, minutes) => {
        const afterId = at === undefined ? undefined : AGENDA.items[at]!.id;
        const result = addItem(AGENDA, { id: 'added-item-01', title: 'Extra', minutes, childAttends: false }, afterId);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(ids(result.agenda).filter((id) => id !== 'added-item-01')).toEqual(ids(AGENDA));
        expect(totalMinutes(result.agenda)).toBe(totalMinutes(AGENDA) + minutes);
      }),
    );
  });
});

const WITH_OPEN = reviewAgenda([action('action-open-01', 'not-started', '2026-10-01'), action('action-open-02', 'in-progress', null)]);

type Op =
  | { op: 'move'; at: number; direction: 'up' | 'down' }
  | { op: 'remove'; at: number }
  | { op: 'add'; at: number; minutes: number }
  | { op: 'minutes'; at: number; minutes: number };

const anyOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('move' as const), at: fc.nat(80), direction: fc.constantFrom('up' as const, 'down' as const) }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat(80) }),
  fc.record({ op: fc.constant('add' as const), at: fc.nat(80), minutes: fc.integer({ min: 0, max: 240 }) }),
  fc.record({ op: fc.constant('minutes' as const), at: fc.nat(80), minutes: fc.integer({ min: 0, max: 240 }) }),
);

describe('any mix of changes', () => {
  test('ids stay unique, the total is the sum, and the open actions are never dropped', () => {
    fc.assert(
      fc.property(fc.array(anyOp, { maxLength: 40 }), (ops) => {
        let agenda = WITH_OPEN;
        let added = 0;
        for (const o of ops) {
          const id = agenda.items.length === 0 ? 'none-000001' : agenda.items[o.at % agenda.items.length]!.id;
          if (o.op === 'move') agenda = moveItem(agenda, id, o.direction);
          else {
            const result =
              o.op === 'remove'
                ? removeItem(agenda, id)
                : o.op === 'minutes'
                  ? setMinutes(agenda, id, o.minutes)
                  : addItem(agenda, { id: `added-${String(++added).padStart(6, '0')}`, title: 'Extra', minutes: o.minutes, childAttends: false }, id);
            if (result.ok) agenda = result.agenda;
          }
          expect(new Set(ids(agenda)).size).toBe(agenda.items.length);
          expect(totalMinutes(agenda)).toBe(agenda.items.reduce((s, i) => s + i.minutes, 0));
          const review = agenda.items.filter((i) => i.kind === 'action-review');
          expect(review.map((i) => i.actionIds)).toEqual([['action-open-01', 'action-open-02']]);
        }
      }),
    );
  });
});
