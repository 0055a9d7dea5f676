/**
 * The ways a file's bytes are searched: as they are; as LevelDB reads them (log records reassembled,
 * table blocks decompressed); and any IndexedDB value Chromium compressed with Snappy before storing
 * it (Blink's wrapper: 0xFF, pseudo-version 17, 2 = "compressed with Snappy", then raw Snappy).
 */
import { basename } from 'node:path';
import { logRecords, tableBlocks } from './leveldb';
import { snappyDecompress } from './snappy';

export type Layer = 'raw bytes' | 'leveldb log record' | 'leveldb table block' | 'snappy-compressed value';

export interface View {
  layer: Layer;
  bytes: Uint8Array;
}

const COMPRESSED_VALUE = Buffer.from([0xff, 0x11, 0x02]);

function compressedValues(bytes: Uint8Array): Uint8Array[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: Uint8Array[] = [];
  for (let at = buffer.indexOf(COMPRESSED_VALUE); at !== -1; at = buffer.indexOf(COMPRESSED_VALUE, at + 1)) {
    const value = snappyDecompress(bytes, at + COMPRESSED_VALUE.length);
    if (value) found.push(value);
  }
  return found;
}

export interface FileViews {
  views: View[];
  unreadableBlocks: number;
}

export function viewsOf(path: string, bytes: Uint8Array): FileViews {
  const views: View[] = [{ layer: 'raw bytes', bytes }];
  let unreadableBlocks = 0;
  const name = basename(path);
  if (/^\d+\.log$/.test(name)) for (const record of logRecords(bytes)) views.push({ layer: 'leveldb log record', bytes: record });
  if (/^\d+\.(ldb|sst)$/.test(name)) {
    const table = tableBlocks(bytes);
    for (const block of table?.blocks ?? []) views.push({ layer: 'leveldb table block', bytes: block });
    unreadableBlocks += table?.unreadable ?? 0;
  }
  for (const view of [...views]) for (const value of compressedValues(view.bytes)) views.push({ layer: 'snappy-compressed value', bytes: value });
  return { views, unreadableBlocks };
}
