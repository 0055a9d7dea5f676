/**
 * Saving and opening files, only where the user chose in a system dialog. Saves go to a
 * temporary file in the same folder, then a rename, so a crash or a full disk never leaves a
 * half-written file under the user's chosen name.
 */
import type fsPromises from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { MAX_FILE_BYTES, type FileKind, type OpenFileRequest, type OpenFileResult, type SaveFileRequest, type SaveFileResult } from '../../shared/contract';
import { FILE_KIND_TABLE, FILE_KINDS } from '../../shared/file-kinds';
import { writeFileAtomically } from '../atomic-write';

export { writeFileAtomically };

/** The dialogs' list of file types, one per kind, from the one table of file kinds. */
export const FILE_FILTERS: Readonly<Record<FileKind, FileFilter>> = Object.fromEntries(
  FILE_KINDS.map((kind) => [kind, { name: FILE_KIND_TABLE[kind].label, extensions: [FILE_KIND_TABLE[kind].extension] }]),
) as Record<FileKind, FileFilter>;

export type FileSystem = Pick<typeof fsPromises, 'writeFile' | 'rename' | 'rm' | 'open'>;

export interface FileDialogs {
  /** Resolves to the chosen path, or undefined when the user cancels. */
  chooseSavePath(options: { defaultPath: string; filters: FileFilter[] }): Promise<string | undefined>;
  chooseOpenPath(options: { filters: FileFilter[] }): Promise<string | undefined>;
}

export interface FileHandlerDeps {
  fs: FileSystem;
  dialogs: FileDialogs;
  documentsDir: string;
  maxBytes?: number;
}

const SAVE_MESSAGES: Readonly<Record<string, string>> = {
  ENOSPC: 'The disk is full. Free some space or choose another place, then save again. Nothing was changed.',
  EDQUOT: 'Your storage allowance is used up. Free some space or choose another place, then save again.',
  EACCES: 'You do not have permission to save in that folder. Choose another folder and save again.',
  EPERM: 'The file could not be replaced. If it is open in another program, close it and save again.',
  EBUSY: 'The file is open in another program. Close it and save again.',
  EROFS: 'That place is read-only. Choose another folder and save again.',
  ENAMETOOLONG: 'The file name or folder path is too long. Choose a shorter name or another folder.',
  ENOENT: 'That folder no longer exists. Choose another folder and save again.',
};
const SAVE_FALLBACK = 'The file could not be saved. Try again, or choose another folder.';

const OPEN_MESSAGES: Readonly<Record<string, string>> = {
  EACCES: 'You do not have permission to open that file.',
  EPERM: 'You do not have permission to open that file.',
  ENOENT: 'That file no longer exists.',
  EISDIR: 'That is a folder, not a file.',
  EBUSY: 'The file is open in another program. Close it and try again.',
};
const OPEN_FALLBACK = 'The file could not be opened. Try again.';

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}

export function saveErrorMessage(error: unknown): string {
  return SAVE_MESSAGES[errorCode(error)] ?? SAVE_FALLBACK;
}

export function openErrorMessage(error: unknown): string {
  return OPEN_MESSAGES[errorCode(error)] ?? OPEN_FALLBACK;
}

class TooLargeError extends Error {}

/** Reads at most `limit` bytes; a larger file (even one that grows while being read) is refused. */
async function readBounded(fs: FileSystem, filePath: string, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const handle = await fs.open(filePath, 'r');
  try {
    const { size } = await handle.stat();
    if (size > limit) throw new TooLargeError();
    const buffer = new Uint8Array(size + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > size) throw new TooLargeError();
    }
    return buffer.slice(0, total);
  } finally {
    await handle.close();
  }
}

export function createFileHandlers({ fs, dialogs, documentsDir, maxBytes = MAX_FILE_BYTES }: FileHandlerDeps) {
  async function saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
    const target = await dialogs.chooseSavePath({
      defaultPath: path.join(documentsDir, path.basename(request.suggestedName)),
      filters: [FILE_FILTERS[request.kind]],
    });
    if (target === undefined) return { status: 'cancelled' };
    try {
      await writeFileAtomically(fs, target, request.data);
      return { status: 'saved', fileName: path.basename(target) };
    } catch (error) {
      return { status: 'failed', message: saveErrorMessage(error) };
    }
  }

  async function openFile(request: OpenFileRequest): Promise<OpenFileResult> {
    const source = await dialogs.chooseOpenPath({ filters: request.kinds.map((kind) => FILE_FILTERS[kind]) });
    if (source === undefined) return { status: 'cancelled' };
    try {
      const data = await readBounded(fs, source, maxBytes);
      return { status: 'opened', fileName: path.basename(source), data };
    } catch (error) {
      if (error instanceof TooLargeError) {
        const megabytes = Math.round(maxBytes / (1024 * 1024));
        return { status: 'failed', message: `That file is larger than ${megabytes} MB, so it cannot be opened.` };
      }
      return { status: 'failed', message: openErrorMessage(error) };
    }
  }

  return { saveFile, openFile };
}

/** Electron's dialogs, attached to the app window so they are modal to it. */
export function electronFileDialogs(dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>, getWindow: () => BrowserWindow | null): FileDialogs {
  return {
    async chooseSavePath({ defaultPath, filters }) {
      const options: SaveDialogOptions = { defaultPath, filters, properties: ['createDirectory', 'showOverwriteConfirmation'] };
      const window = getWindow();
      const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? undefined : result.filePath;
    },
    async chooseOpenPath({ filters }) {
      const options: OpenDialogOptions = { filters, properties: ['openFile'] };
      const window = getWindow();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? undefined : result.filePaths[0];
    },
  };
}
