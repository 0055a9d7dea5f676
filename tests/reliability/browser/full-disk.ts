/**
 * Full disk: saves made through the app's repositories and SaveQueue while the origin's quota is
 * (made) exhausted, and what is on disk afterwards.
 */
import { newId } from '../../../shared/domain/ids';
import type { TeamAroundDatabase } from '../../../renderer/data/db';
import { StorageError } from '../../../renderer/data/errors';
import { createRepositories, type Repositories } from '../../../renderer/data/repositories';
import { queuedDraft, type QueuedDraft, type SaveOutcome } from './queued-draft';
import { openAppDatabase } from './test-key';

export const FULL_DISK_DRAFT_KEY = 'meeting-minutes:full-disk';

export interface NoteDraft {
  label: string;
  text: string;
}

export interface SavedData {
  familyName: string | null;
  draftLabel: string | null;
  draftLength: number | null;
}

export interface FamilyAttempt {
  saved: boolean;
  kind: StorageError['kind'] | 'other';
  message: string;
}

let session: { db: TeamAroundDatabase; repos: Repositories; draft: QueuedDraft<NoteDraft> } | undefined;

async function current() {
  if (!session) {
    const db = openAppDatabase(true);
    await db.open();
    const repos = createRepositories(db);
    session = { db, repos, draft: queuedDraft<NoteDraft>(repos.drafts, FULL_DISK_DRAFT_KEY) };
  }
  return session;
}

/** Text that Snappy cannot shrink, so its size on disk is its length. */
function incompressible(length: number): string {
  const bytes = new Uint8Array(length);
  for (let at = 0; at < length; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
  return Array.from(bytes, (b) => String.fromCharCode(33 + (b % 90))).join('');
}

export async function saveNote(label: string, length: number): Promise<SaveOutcome> {
  return (await current()).draft.save({ label, text: incompressible(length) });
}

export async function retryNote(): Promise<SaveOutcome> {
  return (await current()).draft.retry();
}

export async function createFamily(familyName: string): Promise<{ id: string } | FamilyAttempt> {
  const { repos } = await current();
  try {
    const [carerId, childId] = [newId(), newId()];
    const family = await repos.families.create({
      familyName,
      carers: [{ id: carerId, name: 'Rhiannon Pritchard-Lloyd', relationship: 'Mum', phone: '', email: '' }],
      children: [{ id: childId, name: 'Dafydd Pritchard-Lloyd', dateOfBirth: '2018-05-02', school: '' }],
      households: [],
      safetyFlags: [],
    });
    return { id: family.id };
  } catch (error) {
    return {
      saved: false,
      kind: error instanceof StorageError ? error.kind : 'other',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** Read through a fresh connection, as the app would after a restart. */
export async function readSaved(familyId: string): Promise<SavedData> {
  const db = openAppDatabase(true);
  await db.open();
  try {
    const repos = createRepositories(db);
    const family = await repos.families.get(familyId);
    const draft = await repos.drafts.load(FULL_DISK_DRAFT_KEY, (v): v is NoteDraft => typeof v === 'object' && v !== null && 'label' in v && 'text' in v);
    return { familyName: family?.familyName ?? null, draftLabel: draft?.value.label ?? null, draftLength: draft?.value.text.length ?? null };
  } finally {
    db.close();
  }
}

export async function storageUsage(): Promise<{ usage: number; quota: number }> {
  const { usage = 0, quota = 0 } = await navigator.storage.estimate();
  return { usage, quota };
}
