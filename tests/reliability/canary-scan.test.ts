/**
 * Canary test (SECURITY.md, "Data at rest"): distinctive names and phrases written through the
 * app's repositories with encryption on must appear nowhere in the Chromium profile, in UTF-8,
 * UTF-16LE or Latin-1, raw or decompressed, including the mirror of recent work in the origin
 * private file system (0018). The same canaries written without the middleware (the control) must
 * be found, or the scan proves nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Canaries } from './browser/canaries';
import { seedAndScan, type ProfileScans } from './support/canary-profiles';
import { count, printFigures } from './support/figures';
import type { ScanResult } from './support/scan/canary-search';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

const CANARIES: Canaries = {
  carer: 'Zebedee Quillfeather',
  secondCarer: 'Marigold Thistlewaite-Øyen',
  child: 'Persephone Wolstenholme-Quaye',
  household: "Nanna Hepzibah's narrowboat",
  street: '17 Sparrowhawk Lock',
  agency: 'Grimsdyke Ferret Rescue',
  phrase: 'حديقة الياسمين السرية',
  draft: 'Obadiah Crumplehorn missed the dentist again',
  meetingNotes: 'Ottoline Fairweather-Nkemelu said mornings are hardest',
  largeNote: 'Tamsin Gwenllian Ap-Rhydderch',
};
const VALUES = Object.values(CANARIES);

function found(scan: ScanResult, layers?: readonly string[]): string[] {
  return VALUES.filter((canary) => scan.hits.some((h) => h.canary === canary && (!layers || layers.includes(h.layer))));
}

const inPrivateFileSystem = (scan: ScanResult) => VALUES.filter((canary) => scan.hits.some((h) => h.canary === canary && h.file.includes('File System')));

function describeScan(scan: ScanResult): string {
  return `${count(scan.files)} files, ${(scan.bytes / 1024 / 1024).toFixed(1)} MiB, ${scan.hits.length} hits`;
}

let site: ReliabilitySite;
let encrypted: ProfileScans;
let control: ProfileScans;
beforeAll(async () => {
  site = await startReliabilitySite();
  encrypted = await seedAndScan(site.origin, true, CANARIES);
  control = await seedAndScan(site.origin, false, CANARIES);
}, 180_000);
afterAll(async () => {
  await site?.close();
});

describe('canaries on disk', () => {
  it('were written and read back through the repositories in both profiles', () => {
    expect(encrypted.seed.readBack).toEqual(CANARIES);
    expect(control.seed.readBack).toEqual(CANARIES);
  });

  it('the scan finds every canary in the control, in the log and after compaction', () => {
    // In IndexedDB's files only: the control's plain file in the private file system would show every canary.
    const rawOnly = VALUES.filter((canary) => control.afterCompaction.hits.some((h) => h.canary === canary && h.layer === 'raw bytes' && !h.file.includes('File System')));
    printFigures(
      `canary scan, control (no encryption): ${found(control.afterSeeding).length}/${VALUES.length} canaries found after seeding (${describeScan(control.afterSeeding)}), ` +
        `${found(control.afterCompaction).length}/${VALUES.length} after compaction (${describeScan(control.afterCompaction)}); ` +
        `a raw byte search of IndexedDB's files alone finds only ${rawOnly.length}/${VALUES.length} after compaction (Snappy hides the rest)`,
    );
    expect(found(control.afterSeeding)).toEqual(VALUES);
    expect(found(control.afterCompaction)).toEqual(VALUES);
    // Compaction really happened: canaries now sit in compressed table blocks and compressed large values.
    expect(found(control.afterCompaction, ['leveldb table block']).length).toBeGreaterThan(0);
    expect(found(control.afterCompaction, ['snappy-compressed value'])).toContain(CANARIES.largeNote);
    expect(control.afterCompaction.unreadableBlocks).toBe(0);
    // The scan reads the private file system's files too (the control wrote its canaries there in plain text).
    expect(inPrivateFileSystem(control.afterSeeding)).toEqual(VALUES);
  });

  it('finds none of them anywhere in the encrypted profile', () => {
    const hits = [...encrypted.afterSeeding.hits, ...encrypted.afterCompaction.hits];
    printFigures(
      `canary scan, encrypted: ${VALUES.length} canaries x 3 encodings, 2 scans of the whole profile ` +
        `(${describeScan(encrypted.afterSeeding)}; ${describeScan(encrypted.afterCompaction)}), ` +
        `including ${encrypted.privateFiles} files of the mirror of recent work in the private file system: ${hits.length} hits`,
    );
    expect(hits).toEqual([]);
    expect(encrypted.afterCompaction.unreadableBlocks).toBe(0);
    // The mirror did write its copies there (two drafts and a meeting record): they hold no canary.
    expect(encrypted.privateFiles).toBeGreaterThanOrEqual(3);
  });
});
