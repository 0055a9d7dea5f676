/**
 * Just enough of LevelDB's on-disk formats (Chromium's IndexedDB backend) to read what a raw byte
 * search could miss: log records split across 32 KiB blocks, and table blocks compressed with Snappy.
 * https://github.com/google/leveldb/blob/main/doc/log_format.md and table_format.md
 */
import { snappyDecompress } from './snappy';

const LOG_BLOCK = 32 * 1024;
const LOG_HEADER = 7;
const enum LogRecord {
  Full = 1,
  First = 2,
  Middle = 3,
  Last = 4,
}

/** The log's logical records (write batches), each reassembled from its fragments. */
export function logRecords(file: Uint8Array): Uint8Array[] {
  const records: Uint8Array[] = [];
  let parts: Uint8Array[] = [];
  for (let block = 0; block < file.length; block += LOG_BLOCK) {
    const end = Math.min(block + LOG_BLOCK, file.length);
    let at = block;
    while (at + LOG_HEADER <= end) {
      const length = (file[at + 4] ?? 0) | ((file[at + 5] ?? 0) << 8);
      const type = file[at + 6] ?? 0;
      const data = file.subarray(at + LOG_HEADER, Math.min(at + LOG_HEADER + length, end));
      at += LOG_HEADER + length;
      if (type === LogRecord.Full) records.push(data);
      else if (type === LogRecord.First) parts = [data];
      else if (type === LogRecord.Middle) parts.push(data);
      else if (type === LogRecord.Last) records.push(Buffer.concat([...parts, data]));
      else break; // Zero padding or a torn tail: the rest of the block holds no record.
    }
  }
  return records;
}

interface Handle {
  offset: number;
  size: number;
}

function varint(bytes: Uint8Array, at: number): [number, number] {
  let value = 0;
  for (let shift = 0; at < bytes.length; shift += 7) {
    const byte = bytes[at++] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) break;
  }
  return [value, at];
}

function handleAt(bytes: Uint8Array, at: number): [Handle, number] {
  const [offset, next] = varint(bytes, at);
  const [size, after] = varint(bytes, next);
  return [{ offset, size }, after];
}

const FOOTER = 48;
const MAGIC = Buffer.from('57fb808b247547db', 'hex');

/** A block's contents, decompressed; undefined if its compression is not one this reader knows. */
function readBlock(file: Uint8Array, { offset, size }: Handle): Uint8Array | undefined {
  const contents = file.subarray(offset, offset + size);
  const type = file[offset + size];
  if (type === 0) return contents;
  if (type === 1) return snappyDecompress(contents);
  return undefined;
}

/** The values of a block's entries (keys are prefix-compressed and skipped). */
function blockValues(block: Uint8Array): Uint8Array[] {
  const restarts = new DataView(block.buffer, block.byteOffset, block.byteLength).getUint32(block.length - 4, true);
  const end = block.length - 4 - 4 * restarts;
  const values: Uint8Array[] = [];
  for (let at = 0; at < end; ) {
    const [, a] = varint(block, at);
    const [unshared, b] = varint(block, a);
    const [valueLength, c] = varint(block, b);
    values.push(block.subarray(c + unshared, c + unshared + valueLength));
    at = c + unshared + valueLength;
  }
  return values;
}

export interface TableBlocks {
  blocks: Uint8Array[];
  /** Blocks that could not be read (unknown compression): the scan says so rather than passing silently. */
  unreadable: number;
}

/** Every data block of a table file (.ldb, .sst), decompressed. */
export function tableBlocks(file: Uint8Array): TableBlocks | undefined {
  if (file.length < FOOTER || !Buffer.from(file.subarray(file.length - 8)).equals(MAGIC)) return undefined;
  const footer = file.length - FOOTER;
  const [, afterMeta] = handleAt(file, footer);
  const [indexHandle] = handleAt(file, afterMeta);
  const index = readBlock(file, indexHandle);
  if (!index) return { blocks: [], unreadable: 1 };
  const blocks: Uint8Array[] = [];
  let unreadable = 0;
  for (const value of blockValues(index)) {
    const block = readBlock(file, handleAt(value, 0)[0]);
    if (block) blocks.push(block);
    else unreadable++;
  }
  return { blocks, unreadable };
}
