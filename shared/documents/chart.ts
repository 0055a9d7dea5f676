/**
 * A line chart in a document: the numbers, not a picture of them. An image block may carry its
 * chart; the printed page draws it as vector SVG from these numbers (chart-svg.ts) and Word shows
 * the PNG drawn from the same numbers (chart-png.ts). Both share this geometry, and both print the
 * same key in words under it, so the chart never relies on colour alone and the PDF and the Word
 * file say the same. The numbers themselves go in a table beside it (the builder's job).
 */
import { z } from 'zod';

export const chartDataSchema = z.object({
  /** Along the bottom, in order: one per point. */
  categories: z.array(z.string().max(100)).min(1).max(60),
  yMin: z.number(),
  yMax: z.number(),
  series: z.array(z.object({ name: z.string().max(300), values: z.array(z.number().nullable()).max(60) })).min(1).max(12),
}).refine((c) => c.yMax > c.yMin, 'The top of the scale must be above the bottom')
  .refine((c) => c.series.every((s) => s.values.length === c.categories.length), 'Give one value (or none) per point');
export type ChartData = z.infer<typeof chartDataSchema>;

export type Marker = 'circle' | 'square' | 'triangle' | 'diamond';

export interface SeriesStyle {
  colour: string;
  colourName: string;
  marker: Marker;
  dashed: boolean;
}

/** Colours with at least 3:1 contrast on white; every line also differs by marker and dash. */
const STYLES: readonly SeriesStyle[] = [
  { colour: '#1d70b8', colourName: 'blue', marker: 'circle', dashed: false },
  { colour: '#d4351c', colourName: 'red', marker: 'square', dashed: true },
  { colour: '#00703c', colourName: 'green', marker: 'triangle', dashed: false },
  { colour: '#4c2c92', colourName: 'purple', marker: 'diamond', dashed: true },
  { colour: '#0b0c0c', colourName: 'black', marker: 'square', dashed: false },
  { colour: '#912b88', colourName: 'pink', marker: 'circle', dashed: true },
];

export function seriesStyle(index: number): SeriesStyle {
  return STYLES[index % STYLES.length] ?? { colour: '#0b0c0c', colourName: 'black', marker: 'circle', dashed: false };
}

const MARKER_WORDS: Record<Marker, string> = { circle: 'circles', square: 'squares', triangle: 'triangles', diamond: 'diamonds' };

/** The key in words, printed under the chart in every format: which line is whom, and what the numbers along the bottom mean. */
export function chartKey(chart: ChartData): string {
  const lines = chart.series.map((s, i) => {
    const style = seriesStyle(i);
    return `${style.colourName} ${style.dashed ? 'dashed' : 'solid'} line with ${MARKER_WORDS[style.marker]}: ${s.name}`;
  });
  const points = chart.categories.map((c, i) => `${i + 1} is ${c}`);
  return `Key: ${lines.join('; ')}. Along the bottom, ${points.join(', ')}.`;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { value: number; y: number }[];
  xTicks: { label: string; x: number }[];
  /** Each series' runs of points (one run: a missing value joins the points either side). */
  lines: { style: SeriesStyle; runs: ChartPoint[][] }[];
}

/** Whole-number ticks, at most about six of them. */
function ticks(min: number, max: number): number[] {
  const span = max - min;
  const step = [1, 2, 5, 10, 20, 50, 100].find((s) => span / s <= 6) ?? Math.ceil(span / 6);
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(v);
  return out;
}

/**
 * Where everything goes in a box of `width` by `height` units. Points along the bottom are
 * numbered (the key says which date each is), so the labels never crowd.
 */
export function chartGeometry(chart: ChartData, width: number, height: number): ChartGeometry {
  const unit = height / 40;
  const plot = { left: unit * 5, top: unit * 2, right: width - unit * 2, bottom: height - unit * 5 };
  const n = chart.categories.length;
  const xAt = (i: number) => (n === 1 ? (plot.left + plot.right) / 2 : plot.left + unit * 2 + (i * (plot.right - plot.left - unit * 4)) / (n - 1));
  const yAt = (v: number) => plot.bottom - ((Math.min(Math.max(v, chart.yMin), chart.yMax) - chart.yMin) * (plot.bottom - plot.top)) / (chart.yMax - chart.yMin);
  // A missing value does not break the line: it joins the scores either side (the table shows the gap).
  const lines = chart.series.map((s, index) => {
    const points = s.values.flatMap((value, i) => (value === null ? [] : [{ x: xAt(i), y: yAt(value), value }]));
    return { style: seriesStyle(index), runs: points.length > 0 ? [points] : [] };
  });
  return {
    width,
    height,
    plot,
    yTicks: ticks(chart.yMin, chart.yMax).map((value) => ({ value, y: yAt(value) })),
    xTicks: chart.categories.map((_, i) => ({ label: String(i + 1), x: xAt(i) })),
    lines,
  };
}
