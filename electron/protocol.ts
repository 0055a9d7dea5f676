/**
 * Serves the built renderer from app://team-around/ (never file://). Path resolution is a pure
 * function so its hostile-input table can be tested without Electron.
 */
import { readFile as fsReadFile } from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME } from '../shared/contract';
import { CONTENT_SECURITY_POLICY, hasControlCharacters, isAppUrl } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps app://team-around/<path> to a file inside rootDir, or null. Anything that smells of
 * traversal is refused outright rather than normalised, because normalising is how `..`,
 * `%2e%2e` and encoded slashes slip through. The raw path is checked, not `URL.pathname`,
 * which has already resolved dot segments.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  // Encoded dot, slash, backslash, NUL and percent (double encoding) have no use in our file names.
  if (/%(2e|2f|5c|00|25)/i.test(requestUrl)) return null;

  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(requestUrl)?.[1] ?? '';
  if (rawPath === '' || rawPath === '/') return path.join(rootDir, 'index.html');

  let segments: string[];
  try {
    segments = rawPath.slice(1).split('/').map(decodeURIComponent);
  } catch {
    return null;
  }
  // Empty segments (//), dot segments and hidden files, drive letters (C:), control characters.
  const unsafe = segments.some((s) => s === '' || s.startsWith('.') || /[:\\/]/.test(s) || hasControlCharacters(s));
  if (unsafe) return null;

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export interface AppRequestHandlerOptions {
  /** Content-Security-Policy for every response. */
  csp?: string;
  /** Pages held in memory, keyed by path (e.g. /print/<token>.html), served before files. */
  pages?: ReadonlyMap<string, string>;
  readFile?: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
}

function notFound(csp: string): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp } });
}

export function createAppRequestHandler(rootDir: string, options: AppRequestHandlerOptions = {}): (request: Request) => Promise<Response> {
  const csp = options.csp ?? CONTENT_SECURITY_POLICY;
  const readFile = options.readFile ?? fsReadFile;
  const headersFor = (contentType: string): Record<string, string> => ({
    'Content-Type': contentType,
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: { 'Content-Security-Policy': csp } });
    }
    const page = isAppUrl(request.url) ? options.pages?.get(new URL(request.url).pathname) : undefined;
    if (page !== undefined) return new Response(page, { status: 200, headers: headersFor(MIME_TYPES['.html'] ?? 'text/html') });

    const filePath = resolveAppPath(rootDir, request.url);
    if (filePath === null) return notFound(csp);
    try {
      const body = await readFile(filePath);
      return new Response(body, { status: 200, headers: headersFor(mimeTypeFor(filePath)) });
    } catch {
      return notFound(csp);
    }
  };
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string, options: AppRequestHandlerOptions = {}): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rootDir, options));
}
