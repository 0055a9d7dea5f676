/**
 * The one contract between the renderer and the main process.
 * Each capability has a channel name, a request schema and a response schema. The preload
 * object and the browser bridge are both typed as `Bridge`, so neither can drift from it,
 * and main validates every request against the schema here before acting on it.
 */
import { z } from 'zod';
import { CHANNELS, LOCK_REASONS, type LockReason } from './channels';
import { FILE_KINDS } from './file-kinds';

export { APP_HOST, APP_ORIGIN, APP_SCHEME, BRIDGE_GLOBAL, LOCK_REASONS, isLockReason, type LockReason } from './channels';

export const MAX_FILE_BYTES = 50 * 1024 * 1024;
export const MAX_HTML_CHARS = 20 * 1024 * 1024;

const fileName = z
  .string()
  .min(1, 'A file name is needed')
  .max(200, 'The file name is too long')
  // No folders, no control characters, nothing Windows refuses in a name.
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\\/:*?"<>|\u0000-\u001f]/.test(s), 'The file name has characters that files cannot use')
  .refine((s) => s !== '.' && s !== '..', 'Not a file name');

/** `form`: a form file to open in any browser (.html); `reply`: the reply a review file makes (.tareply). See shared/file-kinds.ts. */
export const fileKindSchema = z.enum(FILE_KINDS);
export type FileKind = z.infer<typeof fileKindSchema>;

export const saveFileRequestSchema = z.object({
  suggestedName: fileName,
  kind: fileKindSchema,
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'The file is larger than 50 MB'),
});
export const saveFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), fileName: z.string() }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

export const openFileRequestSchema = z.object({ kinds: z.array(fileKindSchema).min(1).max(4) });
export const openFileResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('opened'), fileName: z.string(), data: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

export const printPdfRequestSchema = z.object({
  html: z.string().min(1).max(MAX_HTML_CHARS, 'The document is too large to print'),
  title: z.string().max(200),
});
export const printPdfResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('printed'), data: z.instanceof(Uint8Array) }),
  z.object({ status: z.literal('failed'), message: z.string() }),
]);

export const appInfoRequestSchema = z.undefined();
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.enum(['electron', 'browser']),
});

/** Quick unlock keeps one opaque secret: base64 (RFC 4648, padded) of wrapped data-key material, 4 KB at most. */
export const MAX_QUICK_UNLOCK_SECRET_CHARS = 4096;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export const quickUnlockSecretSchema = z
  .string()
  .min(4, 'The quick-unlock key is empty')
  .max(MAX_QUICK_UNLOCK_SECRET_CHARS, 'The quick-unlock key is larger than 4 KB')
  .regex(BASE64, 'The quick-unlock key is not base64 text');

/** Messages are for people: plain words, never paths or error text. */
const plainMessage = z.string().min(1).max(500);

export const quickUnlockStatusRequestSchema = z.undefined();
export const quickUnlockStatusSchema = z.object({ available: z.boolean(), reason: plainMessage.optional() });

export const quickUnlockStoreRequestSchema = z.object({ secret: quickUnlockSecretSchema });
export const quickUnlockStoreResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('stored') }),
  z.object({ status: z.literal('refused'), message: plainMessage }),
]);

export const quickUnlockLoadRequestSchema = z.undefined();
export const quickUnlockLoadResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('loaded'), secret: quickUnlockSecretSchema }),
  z.object({ status: z.literal('none') }),
  z.object({ status: z.literal('failed'), message: plainMessage }),
]);

export const quickUnlockForgetRequestSchema = z.undefined();
export const quickUnlockForgetResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('forgotten') }),
  z.object({ status: z.literal('failed'), message: plainMessage }),
]);

export const lockReasonSchema = z.enum(LOCK_REASONS);

/**
 * One-way notifications from main to the renderer. Each is exposed as a named subscription on
 * the Bridge (the key here); only the payload crosses, never Electron's event object.
 */
export const events = {
  onLockRequested: { channel: CHANNELS.lockRequested, payload: lockReasonSchema },
} as const;

/** Channel names: the only strings main listens on. */
export const contract = {
  getAppInfo: { channel: CHANNELS.getAppInfo, request: appInfoRequestSchema, response: appInfoSchema },
  saveFile: { channel: CHANNELS.saveFile, request: saveFileRequestSchema, response: saveFileResultSchema },
  openFile: { channel: CHANNELS.openFile, request: openFileRequestSchema, response: openFileResultSchema },
  printPdf: { channel: CHANNELS.printPdf, request: printPdfRequestSchema, response: printPdfResultSchema },
  quickUnlockStatus: { channel: CHANNELS.quickUnlockStatus, request: quickUnlockStatusRequestSchema, response: quickUnlockStatusSchema },
  quickUnlockStore: { channel: CHANNELS.quickUnlockStore, request: quickUnlockStoreRequestSchema, response: quickUnlockStoreResultSchema },
  quickUnlockLoad: { channel: CHANNELS.quickUnlockLoad, request: quickUnlockLoadRequestSchema, response: quickUnlockLoadResultSchema },
  quickUnlockForget: { channel: CHANNELS.quickUnlockForget, request: quickUnlockForgetRequestSchema, response: quickUnlockForgetResultSchema },
} as const;

export type Capability = keyof typeof contract;
export type RequestOf<C extends Capability> = z.input<(typeof contract)[C]['request']>;
export type ResponseOf<C extends Capability> = z.output<(typeof contract)[C]['response']>;

export type SaveFileRequest = RequestOf<'saveFile'>;
export type SaveFileResult = ResponseOf<'saveFile'>;
export type OpenFileRequest = RequestOf<'openFile'>;
export type OpenFileResult = ResponseOf<'openFile'>;
export type PrintPdfRequest = RequestOf<'printPdf'>;
export type PrintPdfResult = ResponseOf<'printPdf'>;
export type AppInfo = ResponseOf<'getAppInfo'>;
export type QuickUnlockStatus = ResponseOf<'quickUnlockStatus'>;
export type QuickUnlockStoreRequest = RequestOf<'quickUnlockStore'>;
export type QuickUnlockStoreResult = ResponseOf<'quickUnlockStore'>;
export type QuickUnlockLoadResult = ResponseOf<'quickUnlockLoad'>;
export type QuickUnlockForgetResult = ResponseOf<'quickUnlockForget'>;

/** What the renderer may ask of the operating system. Nothing else crosses the boundary. */
export interface Bridge {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  printPdf(request: PrintPdfRequest): Promise<PrintPdfResult>;

  /** Whether quick unlock with the operating system's key store can be used here, and if not, why. */
  quickUnlockStatus(): Promise<QuickUnlockStatus>;
  /** Keeps `secret` encrypted by the OS key store; refused wherever it would be kept as plain text. */
  quickUnlockStore(request: QuickUnlockStoreRequest): Promise<QuickUnlockStoreResult>;
  quickUnlockLoad(): Promise<QuickUnlockLoadResult>;
  quickUnlockForget(): Promise<QuickUnlockForgetResult>;

  /**
   * Calls `callback` with only the reason when the system is about to sleep or lock its screen,
   * until the returned function is called. A no-op subscription in the browser.
   */
  onLockRequested(callback: (reason: LockReason) => void): () => void;
}

