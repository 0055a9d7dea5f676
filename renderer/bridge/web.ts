import type { Bridge, OpenFileResult, SaveFileResult } from '../../shared/contract';
import { dotExtension, fileKind } from '../../shared/file-kinds';
import { saveFileRequestSchema, openFileRequestSchema } from '../../shared/contract';


export const QUICK_UNLOCK_NEEDS_DESKTOP = 'Quick unlock needs the desktop app.';


/**
 * The same contract as the desktop bridge, for running the renderer in a plain browser
 * (development and end-to-end tests). Saving becomes a download; opening uses a file picker.
 */
export function createWebBridge(doc: Document = document): Bridge {
  return {
    async getAppInfo() {
      return { name: 'Team Around', version: import.meta.env.VITE_APP_VERSION ?? '0.0.0', platform: 'browser' };
    },

    async saveFile(request): Promise<SaveFileResult> {
      const parsed = saveFileRequestSchema.safeParse(request);
      if (!parsed.success) return { status: 'failed', message: parsed.error.issues[0]?.message ?? 'The file could not be saved.' };
      const { data, kind, suggestedName } = parsed.data;
      try {
        const blob = new Blob([data.slice().buffer], { type: fileKind(kind).mime });
        const url = URL.createObjectURL(blob);
        const link = doc.createElement('a');
        link.href = url;
        link.download = suggestedName;
        doc.body.append(link);
        link.click();
        link.remove();
        // Give the browser time to start the download before the URL is released.
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
        return { status: 'saved', fileName: suggestedName };
      } catch {
        return { status: 'failed', message: 'Your browser did not allow the download. Check its download settings and try again.' };
      }
    },

    openFile(request): Promise<OpenFileResult> {
      const parsed = openFileRequestSchema.safeParse(request);
      if (!parsed.success) return Promise.resolve({ status: 'failed', message: 'That kind of file cannot be opened here.' });
      return new Promise((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = parsed.data.kinds.map(dotExtension).join(',');
        input.addEventListener('cancel', () => resolve({ status: 'cancelled' }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return resolve({ status: 'cancelled' });
          file
            .arrayBuffer()
            .then((buffer) => resolve({ status: 'opened', fileName: file.name, data: new Uint8Array(buffer) }))
            .catch(() => resolve({ status: 'failed', message: 'The file could not be read.' }));
        });
        input.click();
      });
    },

    async printPdf() {
      return { status: 'failed', message: 'Making a PDF needs the Team Around desktop app. In the browser, use Word export or your browser’s Print.' };
    },

    // A browser has no key store the app can trust, so quick unlock is never offered here.
    async quickUnlockStatus() {
      return { available: false, reason: QUICK_UNLOCK_NEEDS_DESKTOP };
    },
    async quickUnlockStore() {
      return { status: 'refused', message: QUICK_UNLOCK_NEEDS_DESKTOP };
    },
    async quickUnlockLoad() {
      return { status: 'failed', message: QUICK_UNLOCK_NEEDS_DESKTOP };
    },
    async quickUnlockForget() {
      return { status: 'failed', message: QUICK_UNLOCK_NEEDS_DESKTOP };
    },

    // The operating system tells a browser page nothing about sleep or screen lock; the
    // renderer's own idle lock covers it.
    onLockRequested() {
      return () => undefined;
    },
  };
}
