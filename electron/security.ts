/**
 * Security policy for every web page the app shows: URL guards, CSP, navigation and
 * permission denial, and the one gate to the user's browser or mail client.
 */
import { shell } from 'electron';
import type { App, Event, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/contract';

import { CONTENT_SECURITY_POLICY } from '../shared/csp';

export { CONTENT_SECURITY_POLICY };

/**
 * For documents rendered to PDF in the hidden print window. JavaScript is off in that window
 * and no script source is allowed, so inline styles and embedded fonts cannot run anything.
 */
export const PRINT_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Hosts `openExternalSafely` may open over https. Empty: nothing is allowed until a need is reviewed. */
export const EXTERNAL_HTTPS_HOSTS: readonly string[] = [];

const MAX_EXTERNAL_URL_LENGTH = 2048;
const ALLOWED_MAILTO_FIELDS = new Set(['subject', 'body', 'cc', 'bcc']);

/** C0 control characters and DEL: never part of a URL or file name the app accepts. */
export function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for the app's own origin, app://team-around, with no port or user info. */
export function isAppUrl(url: unknown): boolean {
  // The URL parser quietly strips spaces, tabs and newlines; a URL that needs that is not ours.
  if (typeof url !== 'string' || hasControlCharacters(url) || /[ \\]/.test(url)) return false;
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The data: URLs the app itself makes: pictures (area logo, children's drawings), the fonts
 * embedded in printed pages, and the empty favicon. Anything else (an HTML page, a script, an
 * SVG that can carry script) is never needed, so it is refused.
 */
const ALLOWED_DATA_MEDIA_TYPES: ReadonlySet<string> = new Set([
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'font/woff2',
  'font/woff',
  'font/ttf',
  'font/otf',
]);

/** Whether a data: URL is one the app needs: an allowed media type, or the empty `data:,`. */
export function isAllowedDataUrl(url: string): boolean {
  if (url === 'data:,') return true;
  const match = /^data:([a-z0-9.+-]+\/[a-z0-9.+-]+)(?:;[^,]*)?,/i.exec(url);
  return match?.[1] !== undefined && ALLOWED_DATA_MEDIA_TYPES.has(match[1].toLowerCase());
}

export interface RequestPolicyOptions {
  /** DevTools pages (devtools://) load only in development, where DevTools can be opened. */
  allowDevTools?: boolean;
}

/** Requests a page may make: its own origin, the data: URLs above, blobs it made, DevTools in development only. */
export function isAllowedRequestUrl(url: unknown, { allowDevTools = false }: RequestPolicyOptions = {}): boolean {
  const parsed = parseUrl(url);
  if (parsed === null || typeof url !== 'string') return false;
  switch (parsed.protocol) {
    case `${APP_SCHEME}:`:
      return isAppUrl(url);
    case 'data:':
      return isAllowedDataUrl(url);
    case 'devtools:':
      return allowDevTools;
    case 'blob:':
      return isAppUrl(parsed.pathname);
    default:
      return false;
  }
}

/** Whether `url` may be handed to the operating system. Pure, so it can be table-tested. */
export function isSafeExternalUrl(url: unknown, allowedHosts: readonly string[] = EXTERNAL_HTTPS_HOSTS): url is string {
  if (typeof url !== 'string' || url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  // Whitespace, control characters and backslashes have no place in a link we open, and
  // backslashes are how UNC paths (\\host\share) reach the Windows shell.
  if (hasControlCharacters(url) || /[\s\\]/.test(url)) return false;
  const parsed = parseUrl(url);
  if (parsed === null || parsed.username !== '' || parsed.password !== '') return false;

  if (parsed.protocol === 'mailto:') {
    // Some mail clients honour `attach=`; only the ordinary fields may pass.
    return [...parsed.searchParams.keys()].every((key) => ALLOWED_MAILTO_FIELDS.has(key.toLowerCase()));
  }
  return parsed.protocol === 'https:' && parsed.port === '' && allowedHosts.includes(parsed.hostname);
}

/** The only way the app opens anything outside itself. Resolves to whether it did. */
export async function openExternalSafely(url: unknown, allowedHosts: readonly string[] = EXTERNAL_HTTPS_HOSTS): Promise<boolean> {
  if (!isSafeExternalUrl(url, allowedHosts)) return false;
  try {
    await shell.openExternal(new URL(url).href);
    return true;
  } catch {
    return false;
  }
}

function preventDefault(event: Event): void {
  event.preventDefault();
}

/** Pages may never navigate, open windows or attach webviews; links leave only through the gate above. */
export function lockDownWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    void openExternalSafely(url);
  });
  contents.on('will-frame-navigate', preventDefault);
  contents.on('will-redirect', preventDefault);
  contents.on('will-attach-webview', preventDefault);
  contents.setWindowOpenHandler(({ url }) => {
    void openExternalSafely(url);
    return { action: 'deny' };
  });
}

/**
 * The one permission a page may have: persistent storage, for the app's own pages only, so that
 * Chromium never clears the app's data to free space (docs/decisions/0018). Every other is refused.
 */
export function isAllowedPermission(permission: string, url: unknown): boolean {
  return permission === 'persistent-storage' && isAppUrl(url);
}

/**
 * Where the spellchecker would fetch Hunspell dictionaries (Windows and Linux): a path on the
 * app's own origin that serves nothing, so no dictionary is ever fetched from the internet
 * (Electron's default is Google's CDN). See the decision record on the spellchecker and requests.
 */
export const SPELLCHECK_DICTIONARY_URL = 'app://team-around/no-spellcheck-dictionaries/';

/**
 * The spellchecker stays on only on macOS, where the operating system's own checker is used
 * and nothing is downloaded. Elsewhere it would need Hunspell dictionaries from the internet.
 */
export function spellcheckerAllowed(platform: NodeJS.Platform): boolean {
  return platform === 'darwin';
}

export interface SessionPolicyOptions extends RequestPolicyOptions {
  csp?: string;
  platform?: NodeJS.Platform;
}

/**
 * Per-session rules: no permissions but persistent storage, no downloads (spellcheck
 * dictionaries included), no requests off the app's origin, CSP on every response.
 */
export function installSessionPolicy(session: Session, options: SessionPolicyOptions = {}): void {
  const { csp = CONTENT_SECURITY_POLICY, platform = process.platform, allowDevTools = false } = options;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(isAllowedPermission(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isAllowedPermission(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  session.on('will-download', preventDefault);
  session.setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL);
  session.setSpellCheckerEnabled(spellcheckerAllowed(platform));

  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, { allowDevTools }) });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}

/** Install before the first window exists. DevTools requests are allowed only when `production` is false. */
export function installSecurityPolicy(app: App, session: Session, { production = true }: { production?: boolean } = {}): void {
  app.on('web-contents-created', (_event, contents) => lockDownWebContents(contents));
  installSessionPolicy(session, { allowDevTools: !production });
}
