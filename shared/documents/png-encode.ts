/**
 * A small PNG encoder for drawings made in shared/ (no DOM, no Node): indexed colour, and a
 * deflate stream that only repeats the previous byte (fixed Huffman codes), which is all a flat
 * drawing on a white ground needs to shrink well.
 */
import { concatBytes } from '../bytes';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The CRC-32 every PNG chunk ends with. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

class BitWriter {
  private readonly out: number[] = [];
  private bits = 0;
  private count = 0;
  /** Extra bits and header fields: least significant bit first. */
  write(value: number, length: number): void {
    for (let i = 0; i < length; i++) this.push((value >>> i) & 1);
  }
  /** Huffman codes: most significant bit first. */
  code(value: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.push((value >>> i) & 1);
  }
  private push(bit: number): void {
    this.bits |= bit << this.count;
    this.count += 1;
    if (this.count === 8) {
      this.out.push(this.bits);
      this.bits = 0;
      this.count = 0;
    }
  }
  bytes(): number[] {
    if (this.count > 0) this.out.push(this.bits);
    return this.out;
  }
}

function literal(w: BitWriter, v: number): void {
  if (v < 144) w.code(0x30 + v, 8);
  else if (v < 256) w.code(0x190 + v - 144, 9);
  else if (v < 280) w.code(v - 256, 7);
  else w.code(0xc0 + v - 280, 8);
}

const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];

/** A repeat of the byte before, `length` (3 to 258) times. */
function repeat(w: BitWriter, length: number): void {
  let index = LENGTH_BASE.length - 1;
  while ((LENGTH_BASE[index] ?? 0) > length) index -= 1;
  literal(w, 257 + index);
  w.write(length - (LENGTH_BASE[index] ?? 0), LENGTH_EXTRA[index] ?? 0);
  w.code(0, 5); // distance code 0: one byte back
}

/** A zlib stream of `data`. */
export function zlibCompress(data: Uint8Array): Uint8Array {
  const w = new BitWriter();
  w.write(1, 1); // the last block
  w.write(1, 2); // fixed Huffman codes
  let i = 0;
  while (i < data.length) {
    const byte = data[i] ?? 0;
    literal(w, byte);
    i += 1;
    let run = 0;
    while (i + run < data.length && data[i + run] === byte && run < 258) run += 1;
    if (run >= 3) {
      repeat(w, run);
      i += run;
    }
  }
  literal(w, 256);
  const body = w.bytes();
  const check = adler32(data);
  return new Uint8Array([0x78, 0x01, ...body, check >>> 24, (check >>> 16) & 0xff, (check >>> 8) & 0xff, check & 0xff]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array(4 + data.length);
  for (let i = 0; i < 4; i++) body[i] = type.charCodeAt(i);
  body.set(data, 4);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

/** A PNG of `pixels` (one palette index a pixel, rows top to bottom). */
export function encodeIndexedPng(width: number, height: number, palette: readonly (readonly [number, number, number])[], pixels: Uint8Array): Uint8Array {
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header[8] = 8; // bits a pixel
  header[9] = 3; // indexed colour
  const raw = new Uint8Array((width + 1) * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return concatBytes([
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', new Uint8Array(palette.flat())),
    chunk('IDAT', zlibCompress(raw)),
    chunk('IEND', new Uint8Array()),
  ]);
}
