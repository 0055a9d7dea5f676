/**
 * The bench profile: what the generated caseload is locked with, and where the floors' plain
 * copy lives. Shared by the harness (Node) and the bench pages (Chromium).
 */

/** Unlocks the generated profile in the real app (strong enough for checkPassphraseStrength). */
export const BENCH_PASSPHRASE = 'quartz meadow lantern nineteen';

/**
 * The floors read this unencrypted copy of the caseload (same schema and indexes, no encryption
 * middleware): a floor is what the engine can do, so it reads plain records.
 */
export const PLAIN_DATABASE_NAME = 'team-around-bench-plain';

/** The app shows this many family cards at a time (FamiliesListPage's PAGE_SIZE); the blank floor page draws as many. */
export const FAMILY_PAGE_SIZE = 50;

/** PBKDF2-SHA256 work factor of a new keyring (MIN_PBKDF2_ITERATIONS); the floor derives with the same. */
export const PBKDF2_ITERATIONS = 600_000;
