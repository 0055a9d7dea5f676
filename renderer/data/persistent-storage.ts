/**
 * Asks the browser not to clear this origin's storage under pressure. Chromium decides by itself in
 * a browser (often no); Electron asks the app's permission handler, which allows it for the app's
 * own pages (electron/security.ts).
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return typeof navigator.storage?.persist === 'function' ? await navigator.storage.persist() : false;
  } catch {
    return false;
  }
}
