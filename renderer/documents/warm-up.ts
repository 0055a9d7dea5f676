/**
 * The first PDF of a session ran pdf-lib, fontkit and the family font cold: in the browser the
 * post-processing of a first meeting's copy took about 230 ms the first time against about 55 ms
 * after (record 0065). A screen that makes files runs the same steps once, while the person
 * reads it, on a built-in sample with no family's data: nothing is printed, saved, recorded or
 * kept, and the steps stop when the screen goes (navigation, lock).
 */
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { documentOf, h, p, table } from '../../shared/documents/builders';
import type { TeamDocument } from '../../shared/documents/model';
import { postProcessPdf } from '../../shared/documents/pdf-post';
import { renderHtml } from '../../shared/documents/render-html';
import { familyFontParts, prepareDocumentFiles } from './document-files';

/** Built in, about nobody: the same kinds of block as the minutes. */
export function warmUpSample(): TeamDocument {
  return documentOf({ title: 'Sample', author: 'Team Around', draft: true, createdAt: '2026-01-01T00:00:00.000Z' }, [
    h(1, 'Sample'),
    p('A sample paragraph.'),
    table('Sample table', ['What', 'Who', 'By when'], [['A sample step', 'Nobody', '1 January 2026']]),
  ]);
}

/** A one-page PDF shaped like Chromium's tagged print (a structure tree, the text's font not embedded). */
export async function warmUpPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.catalog.set(PDFName.of('StructTreeRoot'), pdf.context.register(pdf.context.obj({ Type: 'StructTreeRoot', K: [] })));
  pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }));
  const page = pdf.addPage([595.92, 842.88]);
  page.node.set(PDFName.of('StructParents'), pdf.context.obj(0));
  page.drawText('A sample paragraph.', { x: 72, y: 700, size: 12, font: await pdf.embedFont(StandardFonts.Helvetica) });
  return pdf.save({ useObjectStreams: false });
}

export type WarmUpStep = () => Promise<unknown>;

/** The steps of a PDF copy after its content, on the sample: each one a separate piece of idle time. */
export function warmUpSteps(): WarmUpStep[] {
  const sample = warmUpSample();
  let printed: Uint8Array | undefined;
  return [
    () => prepareDocumentFiles(),
    async () => renderHtml(sample, { fonts: (await familyFontParts()).sources }),
    async () => {
      printed = await warmUpPdf();
    },
    async () => {
      if (printed === undefined) return;
      const { font } = await familyFontParts();
      await postProcessPdf(printed, { metadata: sample.metadata, font, now: new Date(sample.metadata.createdAt ?? 0) });
    },
  ];
}

export type WarmUpOutcome = 'warmed' | 'cancelled' | 'failed';

/**
 * Runs the steps one at a time, each after `idle` resolves, until `cancelled()` says stop. A step
 * that fails ends the warm-up quietly: the copy itself then pays the cold start, and says what
 * went wrong if it goes wrong for it too.
 */
export async function runWarmUp(steps: readonly WarmUpStep[], idle: () => Promise<void>, cancelled: () => boolean): Promise<WarmUpOutcome> {
  try {
    for (const step of steps) {
      await idle();
      if (cancelled()) return 'cancelled';
      await step();
    }
    return cancelled() ? 'cancelled' : 'warmed';
  } catch {
    return 'failed';
  }
}
