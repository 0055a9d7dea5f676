/** Messages between the window and the worker that owns the private file system's files. */
export type OpfsRequest =
  | { id: number; op: 'open'; folder: string }
  | { id: number; op: 'list' }
  | { id: number; op: 'read'; name: string }
  | { id: number; op: 'write'; name: string; bytes: Uint8Array }
  | { id: number; op: 'remove'; name: string };

export type OpfsResponse =
  | { id: number; ok: true; names?: string[]; bytes?: Uint8Array | null }
  | { id: number; ok: false; errorName: string; message: string };

/** The folder of the origin private file system that holds the mirror. */
export const MIRROR_FOLDER = 'team-around-recent-work';
