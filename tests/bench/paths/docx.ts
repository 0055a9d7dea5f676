/** The minutes to Word: the export's own function (documentDocx) vs the same document built directly with `docx`. */
import { documentDocx } from '../../../renderer/documents/document-files';
import { directMinutesDocxBytes } from '../documents/minutes-docx-direct';
import { floorFonts } from '../documents/fonts';
import { benchMinutes } from '../documents/minutes-content';
import { minutesDocument } from '../documents/minutes-model';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';

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
  const fonts = floorFonts();
  let oursBytes = 0;
  let floorBytes = 0;
  const s = await alternate(
    ctx.runs,
    ctx.warmup,
    async () => {
      // Ours starts from the meeting's data: building the content and validating the model are part of the export.
      const r = await timedMs(() => documentDocx(minutesDocument(input)));
      oursBytes = r.bytes;
      return r.ms;
    },
    async () => {
      const r = await timedMs(() => directMinutesDocxBytes(content, fonts));
      floorBytes = r.bytes;
      return r.ms;
    },
  );
  return measuredRow(
    {
      ...DOCX_PATH,
      note:
        `Minutes to Word, in Node ${process.versions.node} (the docx code is the same in the renderer): the meeting's data -> shared/minutes minutesContent (18 sections in the standard order) -> minutesDocument (builders, validation) -> documentDocx (the export's own function: renderDocx with the family font's four faces embedded), ${(oursBytes / 1024).toFixed(0)} KB, ` +
        `vs the same text built and packed directly with docx (headings, bullets, 60-row table with repeating header, marking and page X of Y, the same four faces embedded), ${(floorBytes / 1024).toFixed(0)} KB. ` +
        `${content.sections.length} sections of text, ${content.actions.length}-row action table. Warm (after ${ctx.warmup} warm-up rounds).`,
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
