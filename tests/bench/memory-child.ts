/**
 * Run in a fresh Node process by the harness (bundled with esbuild): one Word export of the
 * minutes, ours or the floor, reporting the peak memory the export reached. Prints one JSON line.
 *
 * The peak is Linux's resident-set high-water mark (VmHWM), reset just before the export by
 * writing 5 to /proc/self/clear_refs. (getrusage's maxRSS is no use here: after fork and exec
 * it still carries the parent's high-water mark.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { documentDocx } from '../../renderer/documents/document-files';
import { directMinutesDocxBytes } from './documents/minutes-docx-direct';
import { floorFonts } from './documents/fonts';
import { benchMinutes } from './documents/minutes-content';
import { minutesDocument } from './documents/minutes-model';

const MIB = 1024 * 1024;

export interface ExportMemory {
  side: 'ours' | 'floor';
  /** Resident memory just before the export, after a full GC. */
  rssBeforeMiB: number;
  /** Peak resident memory from just before the export to its end. */
  peakRssMiB: number;
  /** Whether the peak could be reset to the start of the export (Linux); if not, it is the whole process's. */
  peakIsExportOnly: boolean;
  /** Highest JS heap seen (sampled every millisecond while the export yielded). */
  peakHeapMiB: number;
  bytes: number;
}

function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

function peakRssMiB(): number {
  try {
    const kib = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib !== undefined) return Number(kib) / 1024;
  } catch {
    // Not Linux: fall through to the process-wide figure.
  }
  return process.resourceUsage().maxRSS / 1024;
}

async function main(): Promise<void> {
  const side = process.argv[2] === 'floor' ? 'floor' : 'ours';
  const seed = Number(process.argv[3] ?? '1');
  const { input, floor: content } = benchMinutes(seed);
  (globalThis as { gc?: () => void }).gc?.();
  const rssBefore = process.memoryUsage().rss;
  const peakIsExportOnly = resetPeak();
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }, 1);
  const bytes = side === 'ours' ? await documentDocx(minutesDocument(input)) : await directMinutesDocxBytes(content, floorFonts());
  clearInterval(timer);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const result: ExportMemory = { side, rssBeforeMiB: rssBefore / MIB, peakRssMiB: peakRssMiB(), peakIsExportOnly, peakHeapMiB: peakHeap / MIB, bytes: bytes.byteLength };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

void main();
