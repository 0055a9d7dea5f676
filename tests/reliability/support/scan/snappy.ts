/**
 * Raw Snappy decompression (the block format LevelDB and Chromium's IndexedDB value wrapper use),
 * so the canary scan can read what compression would otherwise hide. Returns undefined for
 * anything that is not valid Snappy data, so it can be tried on candidate offsets.
 */
const MAX_OUTPUT = 256 * 1024 * 1024;

function readVarint(input: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let shift = 0, i = at; shift <= 28 && i < input.length; shift += 7, i++) {
    const byte = input[i] ?? 0;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return { value, next: i + 1 };
  }
  return undefined;
}

function littleEndian(input: Uint8Array, at: number, bytes: number): number {
  let value = 0;
  for (let i = bytes - 1; i >= 0; i--) value = value * 256 + (input[at + i] ?? 0);
  return value;
}

export function snappyDecompress(input: Uint8Array, start = 0, end = input.length): Uint8Array | undefined {
  const header = readVarint(input, start);
  if (!header || header.value > MAX_OUTPUT) return undefined;
  const output = new Uint8Array(header.value);
  let out = 0;
  let i = header.next;
  while (out < output.length) {
    if (i >= end) return undefined;
    const tag = input[i++] ?? 0;
    const kind = tag & 3;
    if (kind === 0) {
      let length = (tag >> 2) + 1;
      if (length > 60) {
        const extra = length - 60;
        if (i + extra > end) return undefined;
        length = littleEndian(input, i, extra) + 1;
        i += extra;
      }
      if (i + length > end || out + length > output.length) return undefined;
      output.set(input.subarray(i, i + length), out);
      i += length;
      out += length;
      continue;
    }
    let length: number;
    let offset: number;
    if (kind === 1) {
      length = ((tag >> 2) & 7) + 4;
      offset = ((tag >> 5) << 8) | (input[i++] ?? 0);
    } else {
      const extra = kind === 2 ? 2 : 4;
      if (i + extra > end) return undefined;
      length = (tag >> 2) + 1;
      offset = littleEndian(input, i, extra);
      i += extra;
    }
    if (offset === 0 || offset > out || out + length > output.length) return undefined;
    // Byte by byte: a copy may overlap its own output (a repeated run).
    for (let k = 0; k < length; k++, out++) output[out] = output[out - offset] ?? 0;
  }
  return output;
}
