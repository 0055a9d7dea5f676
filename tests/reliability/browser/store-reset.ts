/**
 * The app's own lock and unlock (renderer/data/lock/app-lock.ts) across a reset of the IndexedDB
 * store: set up with a passphrase and save recent work through the app's repositories, then (after
 * the test has killed the browser and deleted its IndexedDB folder) start again, unlock and read.
 */
import { newId } from '../../../shared/domain/ids';
import { meetingRecordSchema } from '../../../shared/domain/meeting-record';
import { getDatabase } from '../../../renderer/data/db';
import { setUpEncryption, startState, unlock, type StartState } from '../../../renderer/data/lock/app-lock';
import { getMirror } from '../../../renderer/data/mirror/app-mirror';
import { rebuildNotice, REBUILD_MESSAGE } from '../../../renderer/data/mirror/rebuild-notice';
import { getRepositories } from '../../../renderer/data/repositories';

export interface RecentWork {
  /** Draft key to the notes typed in it. */
  drafts: Record<string, string>;
  meetingNotes: string;
  familyName: string;
}

export interface SavedWork {
  meetingId: string;
  familyId: string;
  /** Every save above resolved: each one is a confirmed save. */
  confirmed: number;
}

export interface AfterRestart {
  startState: StartState;
  unlocked: boolean;
  drafts: Record<string, string | null>;
  meetingNotes: string | null;
  families: number;
  /** Action and record type of every audit entry, oldest first. */
  audit: string[];
  /** The message shown to the user, or null. */
  notice: string | null;
  mirrorHealth: string;
}

const isNotes = (v: unknown): v is { notes: string } => typeof v === 'object' && v !== null && typeof (v as { notes?: unknown }).notes === 'string';

export async function setUpAndSaveRecentWork(passphrase: string, work: RecentWork): Promise<SavedWork> {
  if ((await startState()) !== 'first-run') throw new Error('The profile should be new.');
  await setUpEncryption(passphrase);
  const repos = getRepositories();
  let confirmed = 0;
  for (const [key, notes] of Object.entries(work.drafts)) {
    await repos.drafts.save(key, { notes: `${notes} (first go)` });
    await repos.drafts.save(key, { notes });
    confirmed += 2;
  }
  const [carerId, childId] = [newId(), newId()];
  const family = await repos.families.create({
    familyName: work.familyName,
    carers: [{ id: carerId, name: `${work.familyName} parent`, relationship: 'Mum', phone: '', email: '' }],
    children: [{ id: childId, name: `${work.familyName} child`, dateOfBirth: '2016-11-23', school: 'Oak Primary School' }],
    households: [{ id: newId(), label: 'Home', carerIds: [carerId], childIds: [childId] }],
    safetyFlags: [],
  });
  const meetingId = newId();
  const stamp = new Date().toISOString();
  await getDatabase().meetingRecords.put(meetingRecordSchema.parse({ id: meetingId, familyId: family.id, familyViews: work.meetingNotes, startedAt: stamp, updatedAt: stamp }));
  confirmed += 1;
  return { meetingId, familyId: family.id, confirmed };
}

export async function restartAndUnlock(passphrase: string, draftKeys: readonly string[], meetingId: string): Promise<AfterRestart> {
  const state = await startState();
  const empty: AfterRestart = { startState: state, unlocked: false, drafts: {}, meetingNotes: null, families: 0, audit: [], notice: null, mirrorHealth: getMirror().health.state };
  if (state !== 'locked') return empty;
  const result = await unlock(passphrase);
  if (!result.ok) return empty;
  const repos = getRepositories();
  const db = getDatabase();
  const drafts: Record<string, string | null> = {};
  for (const key of draftKeys) drafts[key] = (await repos.drafts.load(key, isNotes))?.value.notes ?? null;
  const record = await db.meetingRecords.get(meetingId);
  return {
    startState: state,
    unlocked: true,
    drafts,
    meetingNotes: record?.familyViews ?? null,
    families: await db.families.count(),
    audit: (await db.audit.orderBy('seq').toArray()).map((e) => `${e.action} ${e.recordType}`),
    notice: rebuildNotice.isShowing() ? REBUILD_MESSAGE : null,
    mirrorHealth: getMirror().health.state,
  };
}
