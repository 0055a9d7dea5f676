/**
 * Every kind of file Team Around saves or opens, with its extension, MIME type and the label people
 * see in a save or open dialog. The main process's dialog filters, the browser bridge's downloads
 * and pickers, and the documents' own MIME types all read this one table.
 */

export const FILE_KINDS = ['docx', 'pdf', 'ics', 'csv', 'json', 'briefing', 'backup', 'form', 'reply'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface FileKindInfo {
  /** Without the dot: "docx". */
  extension: string;
  mime: string;
  /** What the file is, in a dialog's list of file types: "Word document". */
  label: string;
}

export const FILE_KIND_TABLE: Readonly<Record<FileKind, FileKindInfo>> = {
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word document' },
  pdf: { extension: 'pdf', mime: 'application/pdf', label: 'PDF document' },
  ics: { extension: 'ics', mime: 'text/calendar', label: 'Calendar invitation' },
  csv: { extension: 'csv', mime: 'text/csv', label: 'CSV spreadsheet' },
  json: { extension: 'json', mime: 'application/json', label: 'JSON data' },
  // A briefing file is JSON text under its own extension (shared/briefing/file-format.ts).
  briefing: { extension: 'tabriefing', mime: 'application/json', label: 'Team Around briefing' },
  // Sealed bytes, not readable text.
  backup: { extension: 'tabackup', mime: 'application/octet-stream', label: 'Team Around backup' },
  form: { extension: 'html', mime: 'text/html', label: 'Form to open in a web browser' },
  // The reply a review file makes: sealed text to paste or send back.
  reply: { extension: 'tareply', mime: 'text/plain', label: 'Team Around reply' },
};

export function fileKind(kind: FileKind): FileKindInfo {
  return FILE_KIND_TABLE[kind];
}

/** ".docx", as a browser's file picker takes it. */
export function dotExtension(kind: FileKind): string {
  return `.${FILE_KIND_TABLE[kind].extension}`;
}

/** "Okafor family minutes.docx": a stem with the kind's extension. */
export function fileNameFor(stem: string, kind: FileKind): string {
  return `${stem}${dotExtension(kind)}`;
}
