/**
 * The one contract between the renderer and the main process.
 * Each capability has a channel name, a request schema and a response schema. The preload
 * object and the browser bridge are both typed as `Bridge`, so neither can drift from it,
 * and main validates every request against the schema here before acting on it.
 */
import { z } from 'zod';
import { CHANNELS } from './channels';

export { APP_HOST, APP_ORIGIN, APP_SCHEME, BRIDGE_GLOBAL } from './channels';

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

export const fileKindSchema = z.enum(['docx', 'pdf', 'ics', 'csv', 'json', 'briefing', 'backup']);
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


/** Channel names: the only strings main listens on. */
export const contract = {
  getAppInfo: { channel: CHANNELS.getAppInfo, request: appInfoRequestSchema, response: appInfoSchema },
  saveFile: { channel: CHANNELS.saveFile, request: saveFileRequestSchema, response: saveFileResultSchema },
  openFile: { channel: CHANNELS.openFile, request: openFileRequestSchema, response: openFileResultSchema },
  printPdf: { channel: CHANNELS.printPdf, request: printPdfRequestSchema, response: printPdfResultSchema },
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

/** What the renderer may ask of the operating system. Nothing else crosses the boundary. */
export interface Bridge {
  getAppInfo(): Promise<AppInfo>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  printPdf(request: PrintPdfRequest): Promise<PrintPdfResult>;
}

