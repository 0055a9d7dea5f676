/**
 * The one scale for scaling questions, used everywhere: the live screen, the built-in question,
 * the agenda templates (a unit test holds them to it) and the minutes, the family's version
 * included. 0 is the worried end, as the usual safety-scaling question puts it.
 */
export const SCALING_SCALE = {
  lowest: 0,
  highest: 10,
  /** What the lowest number means. */
  lowestMeans: 'very worried',
  /** What the highest number means. */
  highestMeans: 'no worries at all',
} as const;

/** Every score someone can give, lowest first. */
export const SCALING_SCORES: readonly number[] = Array.from({ length: SCALING_SCALE.highest - SCALING_SCALE.lowest + 1 }, (_, i) => SCALING_SCALE.lowest + i);

/** "0 to 10". */
export const SCALE_RANGE = `${SCALING_SCALE.lowest} to ${SCALING_SCALE.highest}`;

/** "0 means very worried and 10 means no worries at all". */
export const SCALE_ENDS = `${SCALING_SCALE.lowest} means ${SCALING_SCALE.lowestMeans} and ${SCALING_SCALE.highest} means ${SCALING_SCALE.highestMeans}`;

/** Both ends in a sentence of their own, for under a question or a table of scores. */
export const SCALE_ENDS_SENTENCE = `On this scale, ${SCALE_ENDS}.`;

/** "from 0 (very worried) to 10 (no worries at all)", as the agenda templates say it. */
export const SCALE_WITH_ENDS = `from ${SCALING_SCALE.lowest} (${SCALING_SCALE.lowestMeans}) to ${SCALING_SCALE.highest} (${SCALING_SCALE.highestMeans})`;

/** The built-in scaling question the chair can use. */
export const USUAL_SCALING_QUESTION = `On a scale of ${SCALE_RANGE}, where ${SCALE_ENDS}, where are things today?`;
