/** One table of file kinds: the desktop dialogs' filters, the browser bridge and the documents' MIME types agree with it. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FILE_FILTERS } from '../../../electron/ipc/files';
import { createWebBridge } from '../../../renderer/bridge/web';
import { ICS_MIME } from '../../../shared/calendar/ics';
import { fileKindSchema } from '../../../shared/contract';
import { DOCX_MIME } from '../../../shared/documents/render-docx';
import { FILE_KIND_TABLE, FILE_KINDS, dotExtension, fileNameFor } from '../../../shared/file-kinds';

vi.mock('electron', () => import('../../mocks/electron'));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the table of file kinds', () => {
  it('has one row for every kind the contract accepts, each with a plain label, an extension and a MIME type', () => {
    expect([...FILE_KINDS].sort()).toEqual([...fileKindSchema.options].sort());
    for (const kind of FILE_KINDS) {
      const row = FILE_KIND_TABLE[kind];
      expect(row.extension, kind).toMatch(/^[a-z]+$/);
      expect(row.mime, kind).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(row.label, kind).toMatch(/^[A-Z][a-z A-Z]+$/);
    }
    const extensions = FILE_KINDS.map((kind) => FILE_KIND_TABLE[kind].extension);
    expect(new Set(extensions).size).toBe(extensions.length);
  });

  it('names files with the extension of their kind', () => {
    expect(dotExtension('docx')).toBe('.docx');
    expect(fileNameFor('Leo Ruiz school briefing', 'briefing')).toBe('Leo Ruiz school briefing.tabriefing');
    expect(fileNameFor('team-around-backup-2026-11-23', 'backup')).toBe('team-around-backup-2026-11-23.tabackup');
    expect(fileNameFor('Briefing form for Leo', 'form')).toBe('Briefing form for Leo.html');
  });

  it('gives the desktop save and open dialogs their filters', () => {
    for (const kind of FILE_KINDS) expect(FILE_FILTERS[kind]).toEqual({ name: FILE_KIND_TABLE[kind].label, extensions: [FILE_KIND_TABLE[kind].extension] });
    expect(FILE_FILTERS.docx).toEqual({ name: 'Word document', extensions: ['docx'] });
  });

  it('gives the Word and calendar documents their MIME types', () => {
    expect(DOCX_MIME).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(DOCX_MIME).toBe(FILE_KIND_TABLE.docx.mime);
    expect(ICS_MIME.split(';')[0]).toBe(FILE_KIND_TABLE.ics.mime);
  });
});

describe('the browser bridge with the table', () => {
  function fakeDocument() {
    const made: Array<Record<string, unknown>> = [];
    const doc = {
      createElement: () => {
        const element: Record<string, unknown> = { click: vi.fn(), remove: vi.fn(), addEventListener: vi.fn() };
        made.push(element);
        return element;
      },
      body: { append: vi.fn() },
    };
    return { doc: doc as unknown as Document, made };
  }

  it('downloads each kind with its MIME type', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:x';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const { doc } = fakeDocument();
    const bridge = createWebBridge(doc);
    for (const kind of FILE_KINDS) {
      await expect(bridge.saveFile({ suggestedName: fileNameFor('a', kind), kind, data: new Uint8Array([1]) })).resolves.toEqual({ status: 'saved', fileName: fileNameFor('a', kind) });
    }
    expect(blobs.map((b) => b.type)).toEqual(FILE_KINDS.map((kind) => FILE_KIND_TABLE[kind].mime));
    vi.useRealTimers();
  });

  it('offers the kinds asked for in the file picker by extension', () => {
    const { doc, made } = fakeDocument();
    void createWebBridge(doc).openFile({ kinds: ['csv', 'briefing'] });
    expect(made[0]?.accept).toBe('.csv,.tabriefing');
  });
});
