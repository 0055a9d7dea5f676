import { useId } from 'react';
import { chartGeometry, type ChartData } from '../../shared/documents/chart';
import { markerPath } from '../../shared/documents/chart-svg';

interface Props {
  /** The chart's name, read first: what it shows. */
  title: string;
  /** The trend in words, shown above the chart and describing it, so nobody needs to see the lines to know what they say. */
  description: string;
  data: ChartData;
  /** The table alternative: its caption, and the heading of its first column. */
  tableCaption: string;
  categoryHeading: string;
  /** Said in a cell with no value. */
  noValue: string;
}

const WIDTH = 640;
const HEIGHT = 320;
const f = (n: number) => n.toFixed(1);

/**
 * A line chart that does not rely on sight or colour: an SVG image named by its title and
 * described by the trend in words, every line with its own marker and dash, a key in text, and
 * the same numbers in a real table below it. Points along the bottom are numbered; the key and
 * the table say which is which.
 */
export function LineChart({ title, description, data, tableCaption, categoryHeading, noValue }: Props) {
  const id = useId();
  const g = chartGeometry(data, WIDTH, HEIGHT);
  const font = HEIGHT / 20;
  return (
    <div className="line-chart">
    <p id={`${id}-desc`}>{description}</p>
    <figure className="line-chart__figure">
      <svg className="line-chart__image" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} fontSize={font}>
        <title id={`${id}-title`}>{title}</title>
        {g.yTicks.map((t) => (
          <g key={t.value}>
            <line x1={f(g.plot.left)} y1={f(t.y)} x2={f(g.plot.right)} y2={f(t.y)} className="line-chart__grid" />
            <text x={f(g.plot.left - font * 0.5)} y={f(t.y + font * 0.35)} textAnchor="end">{t.value}</text>
          </g>
        ))}
        <path d={`M${f(g.plot.left)} ${f(g.plot.top)}V${f(g.plot.bottom)}H${f(g.plot.right)}`} className="line-chart__axis" />
        {g.xTicks.map((t) => (
          <text key={t.label} x={f(t.x)} y={f(g.plot.bottom + font * 1.4)} textAnchor="middle">{t.label}</text>
        ))}
        {g.lines.map((line, i) => (
          <g key={i} stroke={line.style.colour} fill={line.style.colour}>
            {line.runs.map((run, r) => (
              <g key={r}>
                {run.length > 1 && <polyline points={run.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')} fill="none" strokeWidth={3} strokeDasharray={line.style.dashed ? '10 5' : undefined} />}
                {run.map((p, k) => <path key={k} d={markerPath(line.style.marker, p.x, p.y, 6)} stroke="none" />)}
              </g>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="line-chart__key">
        <ul className="line-chart__legend">
          {g.lines.map((line, i) => (
            <li key={i}>
              <svg width="40" height="16" viewBox="0 0 40 16" aria-hidden="true" focusable="false">
                <line x1="2" y1="8" x2="38" y2="8" stroke={line.style.colour} strokeWidth={3} strokeDasharray={line.style.dashed ? '6 3' : undefined} />
                <path d={markerPath(line.style.marker, 20, 8, 5)} fill={line.style.colour} />
              </svg>{' '}
              <bdi>{data.series[i]?.name}</bdi> ({line.style.colourName}, {line.style.dashed ? 'dashed' : 'solid'} line)
            </li>
          ))}
        </ul>
        <p className="hint-text">Along the bottom: {data.categories.map((c, i) => `${i + 1} is ${c}`).join(', ')}.</p>
      </figcaption>
    </figure>
      <div className="table-scroll">
        <table className="data-table">
          <caption className="line-chart__caption">{tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{categoryHeading}</th>
              {data.series.map((s, i) => (
                <th scope="col" key={i}><bdi>{s.name}</bdi></th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.categories.map((category, row) => (
              <tr key={row}>
                <th scope="row" className="data-table__date">{category}</th>
                {data.series.map((s, i) => (
                  <td key={i}>{s.values[row] ?? noValue}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
