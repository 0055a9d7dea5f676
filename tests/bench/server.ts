/**
 * A tiny static server on 127.0.0.1: the app under /app/ and the bench pages under /pages/,
 * on one origin so they share one IndexedDB. Nothing is cached, so every navigation loads
 * the files afresh, for the app and the floor alike.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

export interface StaticServer {
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Headers that make a page cross-origin isolated, which gives performance.now() 5 µs resolution instead of 100 µs. */
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/**
 * `isolated` lists pages (full paths) served cross-origin isolated: only the bench page, which times sub-millisecond work.
 * `port` 0 takes any free port; a fixed one keeps the origin, and so a kept profile's IndexedDB, the same between runs.
 */
export async function serveStatic(mounts: Readonly<Record<string, string>>, isolated: readonly string[] = [], port = 0): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const mount = Object.keys(mounts).find((prefix) => path.startsWith(prefix));
    const root = mount === undefined ? undefined : mounts[mount];
    if (mount === undefined || root === undefined) {
      res.writeHead(404).end();
      return;
    }
    const relative = normalize(path.slice(mount.length) || 'index.html');
    if (relative.startsWith('..')) {
      res.writeHead(403).end();
      return;
    }
    readFile(join(root, relative))
      .then((body) => {
        res.writeHead(200, {
          'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
          ...(isolated.includes(path) ? ISOLATION : {}),
        });
        res.end(body);
      })
      .catch(() => res.writeHead(404).end());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new Error(`Port ${port} is in use (another bench run?): pass --port=<another> (its profile is generated and kept apart).`) : error),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
