import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { familyFontParts } from '../../../renderer/documents/document-files';
import { runWarmUp, warmUpPdf, warmUpSample, warmUpSteps, type WarmUpStep } from '../../../renderer/documents/warm-up';
import { warmDocumentFilesWhenIdle } from '../../../renderer/documents/warm-when-idle';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { pdfPageTexts } from './pdf-tools';
import { sampleDocument } from './sample';

const now = () => Promise.resolve();

/** Idle moments handed out one at a time by the test, as requestIdleCallback would. */
function idleByHand() {
  const waiting: Array<() => Promise<unknown>> = [];
  let cancels = 0;
  return {
    whenIdle: (run: () => Promise<unknown>) => {
      waiting.push(run);
      return () => {
        cancels++;
      };
    },
    async next() {
      const run = waiting.shift();
      if (run === undefined) throw new Error('Nothing is waiting for an idle moment.');
      await run();
      // Lets the step that was waiting run to its next wait.
      for (let i = 0; i < 20; i++) await Promise.resolve();
    },
    get waiting() {
      return waiting.length;
    },
    get cancels() {
      return cancels;
    },
  };
}

describe('the file-making warm-up', () => {
  it('runs the real steps on the sample with no window, bridge or database to write to', async () => {
    // The bridge (window.teamAround) and IndexedDB do not exist here: a step that saved, printed or recorded anything would fail.
    expect(typeof window).toBe('undefined');
    expect(typeof indexedDB).toBe('undefined');
    expect(await runWarmUp(warmUpSteps(), now, () => false)).toBe('warmed');
  });

  it('puts the sample through the same stamping as a copy, in the family font', async () => {
    const sample = warmUpSample();
    const stamped = await postProcessPdf(await warmUpPdf(), { metadata: sample.metadata, font: (await familyFontParts()).font });
    const [text] = pdfPageTexts(stamped);
    expect(text).toContain('A sample paragraph.');
    expect(text).toContain('Page 1 of 1');
    expect(JSON.stringify(sample)).not.toMatch(/family|child/i);
  });

  it('leaves the next real PDF the same, byte for byte', async () => {
    const doc = sampleDocument();
    const input = await PDFDocument.create().then(async (pdf) => {
      pdf.addPage();
      pdf.addPage();
      return pdf.save();
    });
    const { font } = await familyFontParts();
    const options = { metadata: doc.metadata, font, now: new Date('2026-12-07T10:00:00Z') };
    const before = await postProcessPdf(input, options);
    expect(await runWarmUp(warmUpSteps(), now, () => false)).toBe('warmed');
    expect(await postProcessPdf(input, options)).toEqual(before);
  });

  it('stops between steps once cancelled, as when the screen goes or the app locks', async () => {
    const ran: number[] = [];
    let cancelled = false;
    const steps: WarmUpStep[] = [0, 1, 2].map((i) => async () => {
      ran.push(i);
      if (i === 0) cancelled = true;
    });
    expect(await runWarmUp(steps, now, () => cancelled)).toBe('cancelled');
    expect(ran).toEqual([0]);
  });

  it('fails quietly: a step that throws ends the warm-up without an error', async () => {
    const ran: number[] = [];
    const steps: WarmUpStep[] = [
      () => Promise.reject(new Error('pdf-lib would not load')),
      async () => {
        ran.push(1);
      },
    ];
    expect(await runWarmUp(steps, now, () => false)).toBe('failed');
    expect(ran).toEqual([]);
  });
});

describe('starting the warm-up in idle time', () => {
  it('runs one step an idle moment, and none after the cancel', async () => {
    const idle = idleByHand();
    const ran: number[] = [];
    const steps: WarmUpStep[] = [0, 1, 2].map((i) => async () => {
      ran.push(i);
    });
    const warm = warmDocumentFilesWhenIdle(() => Promise.resolve({ runWarmUp, warmUpSteps: () => steps }), idle.whenIdle);
    await idle.next(); // the code loads
    await idle.next(); // step 0
    expect(ran).toEqual([0]);
    warm.cancel();
    expect(await warm.done).toBe('cancelled');
    expect(ran).toEqual([0]);
    expect(idle.cancels).toBe(1);
  });

  it('loads nothing when cancelled before the first idle moment', async () => {
    const idle = idleByHand();
    let loads = 0;
    const warm = warmDocumentFilesWhenIdle(() => {
      loads++;
      return Promise.resolve({ runWarmUp, warmUpSteps: () => [] });
    }, idle.whenIdle);
    warm.cancel();
    expect(await warm.done).toBe('cancelled');
    expect(loads).toBe(0);
  });

  it('says nothing when its code cannot load', async () => {
    const idle = idleByHand();
    const warm = warmDocumentFilesWhenIdle(() => Promise.reject(new Error('chunk missing')), idle.whenIdle);
    await idle.next();
    expect(await warm.done).toBe('failed');
    expect(idle.waiting).toBe(0);
  });

  // Last in the file: once a warm-up has run to the end, the session stays warm.
  it('runs once a session: after a warm-up that finished, later screens load nothing', async () => {
    const idle = idleByHand();
    const ran: number[] = [];
    const first = warmDocumentFilesWhenIdle(() => Promise.resolve({ runWarmUp, warmUpSteps: () => [async () => void ran.push(0)] }), idle.whenIdle);
    await idle.next(); // the code loads
    await idle.next(); // the one step
    expect(await first.done).toBe('warmed');
    expect(ran).toEqual([0]);
    let loads = 0;
    const again = warmDocumentFilesWhenIdle(() => {
      loads++;
      return Promise.resolve({ runWarmUp, warmUpSteps: () => [] });
    }, idle.whenIdle);
    expect(await again.done).toBe('warmed');
    expect(loads).toBe(0);
    expect(idle.waiting).toBe(0);
  });
});
