/**
 * The bench caseload's record ids stay unique at a council's scale: each family's seeded stream is
 * a window on one 2^32 cycle, and some families' windows run into each other (61 and 2,244 with the
 * default seed), which made 2,339 of the council's 1,000,000 action ids repeat.
 */
import { describe, expect, it } from 'vitest';
import { familyBundle } from '../bench/caseload/records';
import { COUNCIL_CASELOAD, DEFAULT_SEED } from '../bench/caseload/size';

const randomPart = (id: string) => id.slice(0, 24);

describe('bench caseload ids', () => {
  it('are unique where two families draw the same random numbers', () => {
    const first = familyBundle(DEFAULT_SEED, 61, COUNCIL_CASELOAD);
    const second = familyBundle(DEFAULT_SEED, 2_244, COUNCIL_CASELOAD);
    // The two streams overlap: the random part of some ids repeats.
    const secondRandom = new Set(second.actions.map((a) => randomPart(a.id)));
    expect(first.actions.filter((a) => secondRandom.has(randomPart(a.id))).length).toBeGreaterThan(0);

    for (const ids of [[...first.actions, ...second.actions].map((a) => a.id), [...first.meetings, ...second.meetings].map((m) => m.id)]) {
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    }
    expect(second.actions[0]?.id.slice(24)).toBe((2_244 * COUNCIL_CASELOAD.actionsPerFamily).toString(16).padStart(8, '0'));
  });
});
