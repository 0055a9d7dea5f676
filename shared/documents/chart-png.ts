/**
 * A document chart as a PNG, for Word: the same geometry as the printed page's SVG, drawn into
 * pixels. Numbers on the axes use a small built-in digit font; the key in words is printed under
 * the picture by the renderer, as on the printed page.
 */
import { type ChartData, chartGeometry, type Marker } from './chart';
import { encodeIndexedPng } from './png-encode';

const WIDTH = 960;
const HEIGHT = 480;

/** 5 by 7 digits, a row a string. */
const DIGITS: Record<string, readonly string[]> = {
  '0': ['01110', '10001', '10011', '10101', '11001', '10001', '01110'],
  '1': ['00100', '01100', '00100', '00100', '00100', '00100', '01110'],
  '2': ['01110', '10001', '00001', '00010', '00100', '01000', '11111'],
  '3': ['11110', '00001', '00001', '01110', '00001', '00001', '11110'],
  '4': ['00010', '00110', '01010', '10010', '11111', '00010', '00010'],
  '5': ['11111', '10000', '11110', '00001', '00001', '10001', '01110'],
  '6': ['00110', '01000', '10000', '11110', '10001', '10001', '01110'],
  '7': ['11111', '00001', '00010', '00100', '01000', '01000', '01000'],
  '8': ['01110', '10001', '10001', '01110', '10001', '10001', '01110'],
  '9': ['01110', '10001', '10001', '01111', '00001', '00010', '01100'],
  '-': ['00000', '00000', '00000', '11111', '00000', '00000', '00000'],
  '.': ['00000', '00000', '00000', '00000', '00000', '01100', '01100'],
};

const hex = (colour: string): [number, number, number] => [
  parseInt(colour.slice(1, 3), 16),
  parseInt(colour.slice(3, 5), 16),
  parseInt(colour.slice(5, 7), 16),
];

class Canvas {
  readonly pixels: Uint8Array;
  constructor(readonly width: number, readonly height: number) {
    this.pixels = new Uint8Array(width * height);
  }
  set(x: number, y: number, colour: number): void {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px >= 0 && py >= 0 && px < this.width && py < this.height) this.pixels[py * this.width + px] = colour;
  }
  rect(x0: number, y0: number, x1: number, y1: number, colour: number): void {
    for (let y = Math.round(Math.min(y0, y1)); y <= Math.round(Math.max(y0, y1)); y++) {
      for (let x = Math.round(Math.min(x0, x1)); x <= Math.round(Math.max(x0, x1)); x++) this.set(x, y, colour);
    }
  }
  disc(cx: number, cy: number, r: number, colour: number): void {
    for (let y = -r; y <= r; y++) for (let x = -r; x <= r; x++) if (x * x + y * y <= r * r) this.set(cx + x, cy + y, colour);
  }
  /** A thick line; `dash` is [on, off] in pixels. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, colour: number, dash: [number, number] | null = null): void {
    const length = Math.hypot(x1 - x0, y1 - y0);
    const steps = Math.max(1, Math.ceil(length));
    for (let i = 0; i <= steps; i++) {
      const along = (i / steps) * length;
      if (dash && along % (dash[0] + dash[1]) > dash[0]) continue;
      this.disc(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps, thickness / 2, colour);
    }
  }
  marker(marker: Marker, cx: number, cy: number, r: number, colour: number): void {
    for (let y = -2 * r; y <= 2 * r; y++) {
      for (let x = -2 * r; x <= 2 * r; x++) {
        const inside =
          marker === 'circle' ? x * x + y * y <= r * r
          : marker === 'square' ? Math.abs(x) <= r && Math.abs(y) <= r
          : marker === 'diamond' ? Math.abs(x) + Math.abs(y) <= r * 1.3
          : y <= r && y >= -r * 1.2 && Math.abs(x) <= ((y + r * 1.2) / (2.2 * r)) * r * 1.2;
        if (inside) this.set(cx + x, cy + y, colour);
      }
    }
  }
  text(value: string, x: number, y: number, scale: number, anchor: 'end' | 'middle', colour: number): void {
    const width = value.length * 6 * scale - scale;
    let left = anchor === 'end' ? x - width : x - width / 2;
    const top = y - 3.5 * scale;
    for (const ch of value) {
      const rows = DIGITS[ch] ?? [];
      rows.forEach((row, ry) => {
        [...row].forEach((bit, rx) => {
          if (bit === '1') this.rect(left + rx * scale, top + ry * scale, left + rx * scale + scale - 1, top + ry * scale + scale - 1, colour);
        });
      });
      left += 6 * scale;
    }
  }
}

/** The chart as PNG bytes, 960 by 480 pixels. */
export function chartPng(chart: ChartData): Uint8Array {
  const g = chartGeometry(chart, WIDTH, HEIGHT);
  const palette: [number, number, number][] = [[255, 255, 255], [11, 12, 12], [177, 180, 182]];
  const colourIndex = new Map<string, number>();
  for (const line of g.lines) {
    if (!colourIndex.has(line.style.colour)) {
      colourIndex.set(line.style.colour, palette.length);
      palette.push(hex(line.style.colour));
    }
  }
  const canvas = new Canvas(WIDTH, HEIGHT);
  const { plot } = g;
  const scale = Math.max(2, Math.round(HEIGHT / 150));
  for (const t of g.yTicks) {
    canvas.line(plot.left, t.y, plot.right, t.y, 1, 2);
    canvas.text(String(t.value), plot.left - scale * 4, t.y, scale, 'end', 1);
  }
  canvas.line(plot.left, plot.top, plot.left, plot.bottom, 3, 1);
  canvas.line(plot.left, plot.bottom, plot.right, plot.bottom, 3, 1);
  for (const t of g.xTicks) canvas.text(t.label, t.x, plot.bottom + scale * 9, scale, 'middle', 1);
  for (const line of g.lines) {
    const colour = colourIndex.get(line.style.colour) ?? 1;
    for (const run of line.runs) {
      run.slice(1).forEach((p, i) => {
        const from = run[i];
        if (from) canvas.line(from.x, from.y, p.x, p.y, 5, colour, line.style.dashed ? [14, 8] : null);
      });
      for (const p of run) canvas.marker(line.style.marker, p.x, p.y, 8, colour);
    }
  }
  return encodeIndexedPng(WIDTH, HEIGHT, palette, canvas.pixels);
}
