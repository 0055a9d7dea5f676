/** A small seeded pseudo-random source, so the same seed always gives the same caseload. */
export type Random = () => number;

/** mulberry32: fast, 32-bit state, good enough for test data (not for anything secret). */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a over the parts: one independent stream per (seed, kind, index). */
export function seedFor(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0001')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

export function randomFor(...parts: readonly (string | number)[]): Random {
  return mulberry32(seedFor(...parts));
}

/** An integer from min to max, both included. */
export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('Cannot pick from an empty list.');
  return item;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

const HEX = '0123456789abcdef';

/** A record id shaped like the app's (32 lowercase hex characters), but reproducible. */
export function hexId(random: Random): string {
  let id = '';
  for (let i = 0; i < 32; i++) id += HEX[Math.floor(random() * 16)];
  return id;
}

/**
 * A record id as `hexId`, its last 8 hex characters replaced by `index` (unique within its table).
 * mulberry32 streams of different families can run into each other (each is a window on one cycle
 * of 2^32), and at a council's scale (1,000,000 actions) random ids alone repeated (2,339 of them).
 */
export function indexedHexId(random: Random, index: number): string {
  if (!Number.isInteger(index) || index < 0 || index > 0xffffffff) throw new RangeError('A record index must fit in 32 bits.');
  return hexId(random).slice(0, 24) + index.toString(16).padStart(8, '0');
}
