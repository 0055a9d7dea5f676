/**
 * Names only, with no schemas, so the preload bundle stays small: it needs the channel names and
 * nothing of zod. `shared/contract.ts` pairs each channel with its schemas.
 */
export const CHANNELS = {
  getAppInfo: 'team-around:get-app-info',
  saveFile: 'team-around:save-file',
  openFile: 'team-around:open-file',
  printPdf: 'team-around:print-pdf',
} as const;

/** The name under which the preload exposes the bridge on `window`. */
export const BRIDGE_GLOBAL = 'teamAround';

/** The custom scheme and host the app's own page is served from. Never change: IndexedDB data is tied to it. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'team-around';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
