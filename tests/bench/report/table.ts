/** The printed table: aligned columns, then each row's note underneath. */
import type { BenchReport, CaseloadInfo } from './report';
import { describeBudget, type BenchRow, type Unit } from './row';
import type { Summary } from './stats';

export function formatValue(value: number, unit: Unit): string {
  if (unit === 'MiB') return `${value.toFixed(1)} MiB`;
  const digits = value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ms`;
}

function range(summary: Summary | null, unit: Unit): string {
  if (summary === null) return '—';
  return `${formatValue(summary.min, unit)} – ${formatValue(summary.max, unit)}`;
}

/** The median, and the 95th percentile where the row has one. */
function central(summary: Summary, unit: Unit): string {
  return summary.p95 === undefined ? formatValue(summary.median, unit) : `${formatValue(summary.median, unit)} (p95 ${formatValue(summary.p95, unit)})`;
}

function cells(row: BenchRow, index: number): string[] {
  const n = row.ours === null ? '—' : row.floor === null ? String(row.ours.n) : `${row.ours.n}+${row.floor.n}`;
  return [
    `${row.path} [${index + 1}]`,
    row.ours === null ? '—' : central(row.ours, row.unit),
    row.floor === null ? '—' : central(row.floor, row.unit),
    row.ratio === null ? '—' : `${row.ratio.toFixed(2)}x`,
    row.verdict === 'not measured' ? '—' : describeBudget(row.budget, row.unit),
    row.verdict === 'fail' ? 'FAIL' : row.verdict,
    n,
    range(row.ours, row.unit),
    range(row.floor, row.unit),
  ];
}

const HEADER = ['path', 'ours (median)', 'floor (median)', 'ratio', 'budget', 'result', 'n', 'ours min – max', 'floor min – max'];
const RIGHT_ALIGNED = new Set([1, 2, 3, 6, 7, 8]);

function align(rows: string[][]): string[] {
  const widths = HEADER.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - [...cell].length);
        return RIGHT_ALIGNED.has(c) ? pad + cell : cell + pad;
      })
      .join(' | ')
      .trimEnd(),
  );
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function sealing(c: CaseloadInfo): string {
  return c.sealMs === undefined ? 'through the encryption middleware' : `of rows sealed beforehand with Web Crypto as the middleware seals them (${seconds(c.sealMs)} sealing, beside the plain copy's writes)`;
}

function caseloadLine(c: CaseloadInfo): string {
  const ratio = c.plainWriteMs > 0 ? ` (encrypted/plain ${(c.writeMs / c.plainWriteMs).toFixed(2)}x)` : '';
  return (
    `Caseload: ${c.families.toLocaleString('en-GB')} families, ${c.meetings.toLocaleString('en-GB')} meetings, ${c.actions.toLocaleString('en-GB')} actions (seed ${c.seed}), ` +
    `encrypted at rest: ${seconds(c.generateMs + c.keyringMs + c.writeMs)} to generate and write (${seconds(c.keyringMs)} keyring, ${seconds(c.generateMs)} making records, ` +
    `${seconds(c.writeMs)} in ${c.transactions} bulk IndexedDB transactions ${sealing(c)}, ${c.encryptions.toLocaleString('en-GB')} records sealed); ` +
    `the floors' plain copy of the same batches ${seconds(c.plainWriteMs)}${ratio}. ` +
    `Keyring PBKDF2-SHA256 ${c.pbkdf2Iterations.toLocaleString('en-GB')} iterations; unlocking it in the bench page took ${c.unlockMs.toFixed(0)} ms.`
  );
}

export function formatTable(report: BenchReport): string {
  const body = report.rows.map(cells);
  const [head = '', ...lines] = align([HEADER, ...body]);
  const rule = head.replace(/[^|]/g, '-');
  const c = report.caseload;
  return [
    `Team Around benchmark (${report.scale} scale${report.caseload.profile === 'kept' ? ', caseload profile kept from an earlier run' : ''}): ${report.runs} measured runs per side after ${report.warmup} warm-up, alternating ours and floor`,
    caseloadLine(c),
    `Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}, Chromium ${report.machine.chromium}`,
    '',
    head,
    rule,
    ...lines,
    '',
    ...report.rows.map((row, i) => `[${i + 1}] ${row.note}`),
  ].join('\n');
}
