import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { draftGuard, textFields } from '../../../renderer/components/form/draft-guard';

describe('draftGuard', () => {
  const isNoteDraft = draftGuard(z.object({ title: z.string(), on: z.string() }));

  it('accepts a kept draft that fits the form', () => {
    expect(isNoteDraft({ title: 'Review', on: '23/11/2026' })).toBe(true);
  });

  it('refuses one from an older form, or damaged', () => {
    expect(isNoteDraft({ title: 'Review' })).toBe(false);
    expect(isNoteDraft({ title: 3, on: '' })).toBe(false);
    expect(isNoteDraft(null)).toBe(false);
  });
});

describe('textFields', () => {
  const isDraft = draftGuard(z.object({ ...textFields(['name', 'role', 'childIds']), childIds: z.array(z.string()) }));

  it('makes each named field typed text, unless given after', () => {
    expect(isDraft({ name: 'Sam', role: '', childIds: ['c1'] })).toBe(true);
    expect(isDraft({ name: 'Sam', role: '', childIds: 'c1' })).toBe(false);
    expect(isDraft({ name: 'Sam', childIds: [] })).toBe(false);
    expect(isDraft({ name: 3, role: '', childIds: [] })).toBe(false);
  });
});
