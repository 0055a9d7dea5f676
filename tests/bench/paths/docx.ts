/** The minutes to Word: the app's model and renderer vs the same document built directly with `docx`. */
import { renderDocx } from '../../../shared/documents/render-docx';
import { directMinutesDocxBytes } from '../documents/minutes-docx-direct';
import { benchMinutes } from '../documents/minutes-content';
import { minutesDocument } from '../documents/minutes-model';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';

const NOW = new Date('2026-11-23T17:00:00Z');

async function timedMs(run: () => Promise<Uint8Array>): Promise<{ ms: number; bytes: number }> {
  const start = performance.now();
  const bytes = await run();
  return { ms: performance.now() - start, bytes: bytes.byteLength };
}

export const DOCX_PATH: PathInfo = {
  id: 'minutes-docx',
  path: 'Minutes (30 pages) to Word',
  unit: 'ms',
  budget: { maxRatio: 1.5 },
};

export async function docxRow(ctx: PathContext): Promise<BenchRow> {
  const { input, floor: content } = benchMinutes(ctx.seed);
  let oursBytes = 0;
  let floorBytes = 0;
  const s = await alternate(
    ctx.runs,
    ctx.warmup,
    async () => {
      // Ours starts from the meeting's data: building the content and validating the model are part of the export.
      const r = await timedMs(() => renderDocx(minutesDocument(input), { now: NOW }));
      oursBytes = r.bytes;
      return r.ms;
    },
    async () => {
      const r = await timedMs(() => directMinutesDocxBytes(content));
      floorBytes = r.bytes;
      return r.ms;
    },
  );
  return measuredRow(
    {
      ...DOCX_PATH,
      note:
        `Minutes to Word, in Node ${process.versions.node} (the docx code is the same in the renderer): the meeting's data -> shared/minutes minutesContent (18 sections in the standard order) -> minutesDocument (builders, validation) -> renderDocx, ${(oursBytes / 1024).toFixed(0)} KB, ` +
        `vs the same text built and packed directly with docx (headings, bullets, 60-row table with repeating header, marking and page X of Y), ${(floorBytes / 1024).toFixed(0)} KB. ` +
        `${content.sections.length} sections of text, ${content.actions.length}-row action table. Warm (after ${ctx.warmup} warm-up rounds).`,
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
