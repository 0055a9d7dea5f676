/** Reading PDFs back in tests: poppler-utils (pdfinfo, pdftotext, pdffonts) and pdf-lib. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(bytes: Uint8Array, read: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'team-around-pdf-'));
  try {
    const path = join(dir, 'file.pdf');
    writeFileSync(path, bytes);
    return read(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(tool: string, args: string[]): string {
  return execFileSync(`/usr/bin/${tool}`, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** pdfinfo's "Key: value" lines as a record. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withFile(bytes, (path) => run('pdfinfo', ['-enc', 'UTF-8', path]));
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => {
    const at = l.indexOf(':');
    return [l.slice(0, at).trim(), l.slice(at + 1).trim()];
  }));
}

export function pdfXmp(bytes: Uint8Array): string {
  return withFile(bytes, (path) => run('pdfinfo', ['-meta', path]));
}

/** The text of each page, in content-stream order (-raw), which is the HTML's order. */
export function pdfPageTexts(bytes: Uint8Array): string[] {
  const out = withFile(bytes, (path) => run('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-']));
  const pages = out.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

export function pdfFonts(bytes: Uint8Array): string {
  return withFile(bytes, (path) => run('pdffonts', [path]));
}
