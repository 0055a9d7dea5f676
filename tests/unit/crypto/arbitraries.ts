import fc from 'fast-check';

/** Values as the app stores them: JSON plus dates, bytes, undefined and awkward numbers and text. */
export const storedValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.constant(undefined),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.date({ noInvalidDate: false }),
    fc.uint8Array({ maxLength: 40 }),
    fc.bigInt(),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.string({ unit: 'binary' }), tie('value'), { maxKeys: 5, noNullPrototype: true }),
    fc.record({ $t: fc.string(), v: tie('value') }, { noNullPrototype: true }),
  ),
})).value;

/** A record with a string id, as every table in the app has. */
export const storedRecord = fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), body: fc.dictionary(fc.string(), storedValue, { maxKeys: 6, noNullPrototype: true }) }, { noNullPrototype: true });
