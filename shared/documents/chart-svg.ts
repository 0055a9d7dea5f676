/** A document chart as inline SVG for the printed page: drawn from the numbers, every text escaped. */
import { type ChartData, chartGeometry, type Marker } from './chart';
import { escapeHtml } from './html-escape';

const VIEW_WIDTH = 800;
const VIEW_HEIGHT = 400;

const f = (n: number) => n.toFixed(1);

export function markerPath(marker: Marker, x: number, y: number, r: number): string {
  switch (marker) {
    case 'circle':
      return `M${f(x - r)} ${f(y)}a${f(r)} ${f(r)} 0 1 0 ${f(2 * r)} 0a${f(r)} ${f(r)} 0 1 0 ${f(-2 * r)} 0Z`;
    case 'square':
      return `M${f(x - r)} ${f(y - r)}h${f(2 * r)}v${f(2 * r)}h${f(-2 * r)}Z`;
    case 'triangle':
      return `M${f(x)} ${f(y - r * 1.2)}L${f(x + r * 1.2)} ${f(y + r)}L${f(x - r * 1.2)} ${f(y + r)}Z`;
    case 'diamond':
      return `M${f(x)} ${f(y - r * 1.3)}L${f(x + r * 1.3)} ${f(y)}L${f(x)} ${f(y + r * 1.3)}L${f(x - r * 1.3)} ${f(y)}Z`;
  }
}

/** `title` and `description` are the words a screen reader hears (the trend, in words). */
export function chartSvg(chart: ChartData, title: string, description: string, widthMm: number): string {
  const g = chartGeometry(chart, VIEW_WIDTH, VIEW_HEIGHT);
  const { plot } = g;
  const font = VIEW_HEIGHT / 20;
  const parts: string[] = [];
  for (const t of g.yTicks) {
    parts.push(`<line x1="${f(plot.left)}" y1="${f(t.y)}" x2="${f(plot.right)}" y2="${f(t.y)}" stroke="#b1b4b6" stroke-width="1"/>`);
    parts.push(`<text x="${f(plot.left - font * 0.5)}" y="${f(t.y + font * 0.35)}" text-anchor="end">${t.value}</text>`);
  }
  parts.push(`<path d="M${f(plot.left)} ${f(plot.top)}V${f(plot.bottom)}H${f(plot.right)}" fill="none" stroke="#0b0c0c" stroke-width="2"/>`);
  for (const t of g.xTicks) parts.push(`<text x="${f(t.x)}" y="${f(plot.bottom + font * 1.4)}" text-anchor="middle">${escapeHtml(t.label)}</text>`);
  for (const line of g.lines) {
    const dash = line.style.dashed ? ' stroke-dasharray="12 6"' : '';
    for (const run of line.runs) {
      if (run.length > 1) {
        parts.push(`<polyline points="${run.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}" fill="none" stroke="${line.style.colour}" stroke-width="4"${dash}/>`);
      }
      for (const p of run) parts.push(`<path d="${markerPath(line.style.marker, p.x, p.y, 7)}" fill="${line.style.colour}"/>`);
    }
  }
  return `<svg class="chart" role="img" viewBox="0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}" style="width:${widthMm.toFixed(1)}mm" font-size="${font}" xmlns="http://www.w3.org/2000/svg">`
    + `<title>${escapeHtml(title)}</title><desc>${escapeHtml(description)}</desc>${parts.join('')}</svg>`;
}
