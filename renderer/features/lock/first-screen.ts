/**
 * Where the app opens once unlocked: the hash router keeps where it was when it locked. Read from
 * the address rather than the route table so the unlock screen loads without the router (0055);
 * tests/unit/lock-ui/first-screen.test.ts keeps the path in step with `paths.families()`.
 */
const FAMILIES_LIST = '/families';

/** Whether the first screen after this unlock is the families list (its read then starts at unlock, 0060). */
export function opensOnFamiliesList(hash: string = globalThis.location?.hash ?? ''): boolean {
  const path = hash.replace(/^#/, '').split('?')[0];
  return path === FAMILIES_LIST || path === `${FAMILIES_LIST}/`;
}
