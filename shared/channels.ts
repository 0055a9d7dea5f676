/**
 * Names only, with no schemas, so the preload bundle stays small: it needs the channel names and
 * nothing of zod. `shared/contract.ts` pairs each channel with its schemas.
 */
export const CHANNELS = {
  getAppInfo: 'team-around:get-app-info',
  saveFile: 'team-around:save-file',
  openFile: 'team-around:open-file',
  printPdf: 'team-around:print-pdf',
  quickUnlockStatus: 'team-around:quick-unlock-status',
  quickUnlockStore: 'team-around:quick-unlock-store',
  quickUnlockLoad: 'team-around:quick-unlock-load',
  quickUnlockForget: 'team-around:quick-unlock-forget',
  /** One-way, main -> renderer: the operating system is going to sleep or locking the screen. */
  lockRequested: 'team-around:lock-requested',
} as const;

/** Why main asks the renderer to lock. The only payload `lockRequested` ever carries. */
export const LOCK_REASONS = ['suspend', 'lock-screen'] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

export function isLockReason(value: unknown): value is LockReason {
  return LOCK_REASONS.some((reason) => reason === value);
}

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'teamAround';

/** The custom scheme and host the app's own page is served from. Never change: IndexedDB data is tied to it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'team-around';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
