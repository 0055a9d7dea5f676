import { describe, expect, it } from 'vitest';
import { vocabulary } from '../../../shared/domain/vocabulary';
import { OUTCOMES, OUTCOME_LABELS, outcomeSchema } from '../../../shared/domain/meeting-record';

describe('vocabulary', () => {
  const { values, schema, labels } = vocabulary({ phone: 'Phone', 'in-person': 'In person', letter: 'Letter' });

  it('lists the values in the order their words are written', () => {
    expect(values).toEqual(['phone', 'in-person', 'letter']);
    expect(labels['in-person']).toBe('In person');
  });

  it('accepts exactly those values', () => {
    expect(schema.parse('letter')).toBe('letter');
    expect(schema.safeParse('email').success).toBe(false);
    expect(schema.safeParse('').success).toBe(false);
  });

  it('keeps the lists the domain already had, in the same order', () => {
    expect(OUTCOMES).toEqual(['continue', 'step-down', 'step-up', 'close']);
    expect(OUTCOMES.map((o) => OUTCOME_LABELS[o])[0]).toBe('Carry on with the plan');
    expect(outcomeSchema.safeParse('step-up').success).toBe(true);
  });
});
