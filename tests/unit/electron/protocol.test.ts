import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppRequestHandler, mimeTypeFor, registerAppProtocol, resolveAppPath } from '../../../electron/protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';

vi.mock('electron', () => import('../../mocks/electron'));

const ROOT = path.resolve('/srv/app/dist/renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://team-around/', 'index.html'],
    ['app://team-around', 'index.html'],
    ['app://team-around/index.html', 'index.html'],
    ['app://team-around/index.html?x=1#/families', 'index.html'],
    ['app://team-around/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://team-around/fonts/Atkinson%20Hyperlegible.woff2', 'fonts/Atkinson Hyperlegible.woff2'],
  ])('maps %s inside the root', (url, relative) => {
    expect(resolveAppPath(ROOT, url)).toBe(path.join(ROOT, relative));
  });

  it.each([
    ['parent segment', 'app://team-around/../secret.txt'],
    ['nested parent segment', 'app://team-around/assets/../../../etc/passwd'],
    ['encoded dots', 'app://team-around/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://team-around/%2E%2E/etc/passwd'],
    ['half-encoded dots', 'app://team-around/.%2e/etc/passwd'],
    ['double-encoded dots', 'app://team-around/%252e%252e/etc/passwd'],
    ['encoded slash', 'app://team-around/..%2f..%2fetc%2fpasswd'],
    ['encoded slash in a name', 'app://team-around/assets%2f..%2f..%2fsecret'],
    ['encoded backslash', 'app://team-around/..%5c..%5cwindows%5cwin.ini'],
    ['backslash', 'app://team-around/..\\..\\windows\\win.ini'],
    ['backslash in a name', 'app://team-around/assets\\app.js'],
    ['single dot segment', 'app://team-around/./index.html'],
    ['hidden file', 'app://team-around/.env'],
    ['empty segment (absolute path)', 'app://team-around//etc/passwd'],
    ['drive letter', 'app://team-around/C:/Windows/win.ini'],
    ['encoded drive letter colon', 'app://team-around/C%3A/Windows/win.ini'],
    ['NUL', 'app://team-around/index.html\u0000.png'],
    ['encoded NUL', 'app://team-around/index.html%00.png'],
    ['encoded control character', 'app://team-around/index%0a.html'],
    ['broken percent-encoding', 'app://team-around/%E0%A4%A'],
    ['trailing slash (a folder)', 'app://team-around/assets/'],
    ['another host', 'app://evil/index.html'],
    ['userinfo', 'app://x@team-around/index.html'],
    ['port', 'app://team-around:99/index.html'],
    ['file scheme', 'file:///srv/app/dist/renderer/index.html'],
    ['https scheme', 'https://team-around/index.html'],
    ['not a URL', '/etc/passwd'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.woff2', 'font/woff2'],
    ['a.woff', 'font/woff'],
    ['a.ttf', 'font/ttf'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.exe', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('the app:// request handler', () => {
  let root = '';
  let outside = '';

  beforeAll(async () => {
    const base = await mkdtemp(path.join(os.tmpdir(), 'team-around-protocol-'));
    root = path.join(base, 'renderer');
    outside = path.join(base, 'secret.txt');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>Team Around</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    await writeFile(outside, 'do not serve');
  });

  afterAll(async () => {
    await rm(path.dirname(root), { recursive: true, force: true });
  });

  it('serves index.html for the bare origin, with the CSP and the right type', async () => {
    const response = await createAppRequestHandler(root)(new Request('app://team-around/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>Team Around</title>');
  });

  it('serves assets with their MIME types', async () => {
    const handler = createAppRequestHandler(root);
    const script = await handler(new Request('app://team-around/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const font = await handler(new Request('app://team-around/assets/font.woff2'));
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
  });

  it.each(['app://team-around/../secret.txt', 'app://team-around/%2e%2e/secret.txt', 'app://team-around/missing.js', 'app://team-around/assets', 'app://other/index.html'])(
    'answers 404 for %s, with the CSP',
    async (url) => {
      const response = await createAppRequestHandler(root)(new Request(url));
      expect(response.status).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('do not serve');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    const response = await createAppRequestHandler(root)(new Request('app://team-around/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('serves in-memory pages by exact path, with the given CSP', async () => {
    const pages = new Map([['/print/abc.html', '<h1>Minutes</h1>']]);
    const handler = createAppRequestHandler(root, { pages, csp: "default-src 'none'" });
    const page = await handler(new Request('app://team-around/print/abc.html'));
    expect(await page.text()).toBe('<h1>Minutes</h1>');
    expect(page.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect((await handler(new Request('app://team-around/print/other.html'))).status).toBe(404);
    expect((await handler(new Request('app://evil/print/abc.html'))).status).toBe(404);
  });

  it('registerAppProtocol hands the handler to protocol.handle for the app scheme', async () => {
    const handle = vi.fn((_scheme: string, _handler: (request: Request) => Promise<Response>) => undefined);
    registerAppProtocol({ handle }, root);
    expect(handle).toHaveBeenCalledWith('app', expect.any(Function));
    const handler = handle.mock.calls[0]?.[1];
    expect((await handler?.(new Request('app://team-around/index.html')))?.status).toBe(200);
  });
});
