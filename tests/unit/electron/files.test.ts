import { BrowserWindow } from 'electron';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_FILTERS, type FileDialogs, type FileSystem, createFileHandlers, electronFileDialogs, writeFileAtomically } from '../../../electron/ipc/files';
import { fileKindSchema } from '../../../shared/contract';

vi.mock('electron', () => import('../../mocks/electron'));

const runningAsRoot = process.getuid?.() === 0;

let dir = '';

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'team-around-files-'));
});

afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

function dialogs(choice: { save?: string; open?: string }) {
  return {
    chooseSavePath: vi.fn<FileDialogs['chooseSavePath']>(async () => choice.save),
    chooseOpenPath: vi.fn<FileDialogs['chooseOpenPath']>(async () => choice.open),
  };
}

function failing(code: string, step: 'writeFile' | 'rename'): FileSystem {
  const error = Object.assign(new Error(`${code}: simulated, '/home/jayden/minutes.docx'`), { code });
  return { ...fs, [step]: vi.fn(async () => Promise.reject(error)) };
}

const MINUTES = { suggestedName: 'TAC minutes.docx', kind: 'docx' as const, data: new TextEncoder().encode('new minutes') };

describe('saveFile', () => {
  it('writes where the user chose, atomically, and leaves no temporary file', async () => {
    const target = path.join(dir, 'chosen name.docx');
    const rename = vi.fn(fs.rename);
    const { saveFile } = createFileHandlers({ fs: { ...fs, rename }, dialogs: dialogs({ save: target }), documentsDir: '/Documents' });

    await expect(saveFile(MINUTES)).resolves.toEqual({ status: 'saved', fileName: 'chosen name.docx' });
    expect(await fs.readFile(target, 'utf8')).toBe('new minutes');
    expect(await fs.readdir(dir)).toEqual(['chosen name.docx']);
    // The rename came from a sibling in the same folder (same file system, so it is atomic).
    const [from, to] = rename.mock.calls[0] ?? [];
    expect(path.dirname(String(from))).toBe(dir);
    expect(to).toBe(target);
  });

  it('offers the suggested name in Documents, with the filter for the kind', async () => {
    const choose = dialogs({});
    const { saveFile } = createFileHandlers({ fs, dialogs: choose, documentsDir: '/home/user/Documents' });
    await saveFile(MINUTES);
    expect(choose.chooseSavePath).toHaveBeenCalledWith({
      defaultPath: path.join('/home/user/Documents', 'TAC minutes.docx'),
      filters: [{ name: 'Word document', extensions: ['docx'] }],
    });
  });

  it('reports cancelled and writes nothing when the user cancels', async () => {
    const writeFile = vi.fn(fs.writeFile);
    const { saveFile } = createFileHandlers({ fs: { ...fs, writeFile }, dialogs: dialogs({}), documentsDir: dir });
    await expect(saveFile(MINUTES)).resolves.toEqual({ status: 'cancelled' });
    expect(writeFile).not.toHaveBeenCalled();
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it('on a full disk: a plain message, the existing file untouched, no temporary file left', async () => {
    const target = path.join(dir, 'minutes.docx');
    await fs.writeFile(target, 'confirmed earlier save');
    const { saveFile } = createFileHandlers({ fs: failing('ENOSPC', 'writeFile'), dialogs: dialogs({ save: target }), documentsDir: dir });

    const result = await saveFile(MINUTES);
    expect(result).toEqual({ status: 'failed', message: expect.stringMatching(/^The disk is full\./) });
    expect(JSON.stringify(result)).not.toContain('jayden');
    expect(await fs.readFile(target, 'utf8')).toBe('confirmed earlier save');
    expect(await fs.readdir(dir)).toEqual(['minutes.docx']);
  });

  it('removes the temporary file when the final rename fails', async () => {
    const target = path.join(dir, 'minutes.docx');
    const { saveFile } = createFileHandlers({ fs: failing('EPERM', 'rename'), dialogs: dialogs({ save: target }), documentsDir: dir });
    const result = await saveFile(MINUTES);
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('open in another program') });
    expect(await fs.readdir(dir)).toEqual([]);
  });

  it.each([
    ['EACCES', 'You do not have permission'],
    ['EROFS', 'read-only'],
    ['ENAMETOOLONG', 'too long'],
    ['EIO', 'The file could not be saved'],
  ])('explains %s in plain words', async (code, words) => {
    const { saveFile } = createFileHandlers({ fs: failing(code, 'writeFile'), dialogs: dialogs({ save: path.join(dir, 'a.docx') }), documentsDir: dir });
    const result = await saveFile(MINUTES);
    expect(result.status).toBe('failed');
    expect(result.status === 'failed' && result.message).toContain(words);
  });

  // Root ignores folder permissions, and Windows does not use POSIX modes.
  it.skipIf(runningAsRoot || process.platform === 'win32')('really fails on a folder it cannot write to (skipped as root, which can write anywhere, and on Windows)', async () => {
    const locked = path.join(dir, 'locked');
    await fs.mkdir(locked, { mode: 0o500 });
    const { saveFile } = createFileHandlers({ fs, dialogs: dialogs({ save: path.join(locked, 'a.docx') }), documentsDir: dir });
    await expect(saveFile(MINUTES)).resolves.toMatchObject({ status: 'failed', message: expect.stringContaining('permission') });
  });

  it('writeFileAtomically replaces an existing file in one step', async () => {
    const target = path.join(dir, 'plan.docx');
    await fs.writeFile(target, 'old');
    await writeFileAtomically(fs, target, new TextEncoder().encode('new'));
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['plan.docx']);
  });
});

describe('openFile', () => {
  it('reads the chosen file and returns its bytes and name only', async () => {
    const source = path.join(dir, 'briefing.csv');
    await fs.writeFile(source, 'a,b\n1,2\n');
    const choose = dialogs({ open: source });
    const { openFile } = createFileHandlers({ fs, dialogs: choose, documentsDir: dir });
    const result = await openFile({ kinds: ['csv', 'json'] });
    expect(result).toMatchObject({ status: 'opened', fileName: 'briefing.csv' });
    expect(result.status === 'opened' && new TextDecoder().decode(result.data)).toBe('a,b\n1,2\n');
    expect(choose.chooseOpenPath).toHaveBeenCalledWith({ filters: [FILE_FILTERS.csv, FILE_FILTERS.json] });
  });

  it('refuses a file over the limit with a message, without reading it into memory', async () => {
    const source = path.join(dir, 'huge.json');
    await fs.writeFile(source, new Uint8Array(2 * 1024 * 1024 + 1));
    const { openFile } = createFileHandlers({ fs, dialogs: dialogs({ open: source }), documentsDir: dir, maxBytes: 2 * 1024 * 1024 });
    await expect(openFile({ kinds: ['json'] })).resolves.toEqual({ status: 'failed', message: 'That file is larger than 2 MB, so it cannot be opened.' });
  });

  it('opens a file exactly at the limit, and an empty one', async () => {
    const atLimit = path.join(dir, 'limit.json');
    await fs.writeFile(atLimit, new Uint8Array(1024));
    const { openFile } = createFileHandlers({ fs, dialogs: dialogs({ open: atLimit }), documentsDir: dir, maxBytes: 1024 });
    const result = await openFile({ kinds: ['json'] });
    expect(result.status === 'opened' && result.data.byteLength).toBe(1024);

    const empty = path.join(dir, 'empty.csv');
    await fs.writeFile(empty, '');
    const second = await createFileHandlers({ fs, dialogs: dialogs({ open: empty }), documentsDir: dir }).openFile({ kinds: ['csv'] });
    expect(second.status === 'opened' && second.data.byteLength).toBe(0);
  });

  it('reports cancelled, and a missing file plainly', async () => {
    await expect(createFileHandlers({ fs, dialogs: dialogs({}), documentsDir: dir }).openFile({ kinds: ['ics'] })).resolves.toEqual({ status: 'cancelled' });
    const missing = createFileHandlers({ fs, dialogs: dialogs({ open: path.join(dir, 'gone.ics') }), documentsDir: dir });
    await expect(missing.openFile({ kinds: ['ics'] })).resolves.toEqual({ status: 'failed', message: 'That file no longer exists.' });
  });
});

describe('FILE_FILTERS', () => {
  it('has a named filter with one extension for every file kind in the contract', () => {
    for (const kind of fileKindSchema.options) {
      expect(FILE_FILTERS[kind].name.length).toBeGreaterThan(0);
      expect(FILE_FILTERS[kind].extensions).toHaveLength(1);
    }
  });
});

describe('electronFileDialogs', () => {
  it('makes the dialogs modal to the app window and maps cancel to undefined', async () => {
    const window = new BrowserWindow();
    const dialog = {
      showSaveDialog: vi.fn(async () => ({ canceled: false, filePath: '/home/user/Documents/a.docx' })),
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] })),
    };
    const dialogs = electronFileDialogs(dialog, () => window);
    await expect(dialogs.chooseSavePath({ defaultPath: '/d/a.docx', filters: [FILE_FILTERS.docx] })).resolves.toBe('/home/user/Documents/a.docx');
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: '/d/a.docx', filters: [FILE_FILTERS.docx] }));
    await expect(dialogs.chooseOpenPath({ filters: [FILE_FILTERS.csv] })).resolves.toBeUndefined();
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(window, { filters: [FILE_FILTERS.csv], properties: ['openFile'] });
  });
});
