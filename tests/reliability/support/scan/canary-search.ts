/** Searches every file under a folder for canaries, in UTF-8, UTF-16LE and Latin-1, in every view of each file. */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { viewsOf, type Layer } from './views';

export type Encoding = 'utf8' | 'utf16le' | 'latin1';

export interface Hit {
  canary: string;
  encoding: Encoding;
  file: string;
  layer: Layer;
}

export interface ScanResult {
  files: number;
  bytes: number;
  hits: Hit[];
  unreadableBlocks: number;
}

async function filesUnder(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await filesUnder(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

/** Latin-1 only for text that fits in it (V8 stores such strings one byte per character). */
function needles(canary: string): Array<[Encoding, Buffer]> {
  const all: Array<[Encoding, Buffer]> = [
    ['utf8', Buffer.from(canary, 'utf8')],
    ['utf16le', Buffer.from(canary, 'utf16le')],
  ];
  if ([...canary].every((ch) => (ch.codePointAt(0) ?? 0) <= 0xff)) {
    const latin1 = Buffer.from(canary, 'latin1');
    if (!latin1.equals(all[0]?.[1] ?? Buffer.alloc(0))) all.push(['latin1', latin1]);
  }
  return all;
}

export async function scanForCanaries(dir: string, canaries: readonly string[]): Promise<ScanResult> {
  const files = await filesUnder(dir);
  const result: ScanResult = { files: files.length, bytes: 0, hits: [], unreadableBlocks: 0 };
  const searches = canaries.map((canary) => ({ canary, needles: needles(canary) }));
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      continue; // A lock or socket file that cannot be read as bytes.
    }
    result.bytes += bytes.length;
    const { views, unreadableBlocks } = viewsOf(file, bytes);
    result.unreadableBlocks += unreadableBlocks;
    for (const view of views) {
      const haystack = Buffer.from(view.bytes.buffer, view.bytes.byteOffset, view.bytes.byteLength);
      for (const { canary, needles: list } of searches) {
        for (const [encoding, needle] of list) {
          if (haystack.includes(needle)) result.hits.push({ canary, encoding, file: relative(dir, file), layer: view.layer });
        }
      }
    }
  }
  return result;
}
