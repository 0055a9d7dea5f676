/**
 * Seeds distinctive names and phrases through the app's own repositories (a family with two
 * households, a consent event, drafts, a meeting record), then reads them back through the same
 * repositories. With encryption on, the database has the mirror of recent work as in the app, so
 * drafts and the meeting record are also copied to the private file system.
 */
import { newId } from '../../../shared/domain/ids';
import { meetingRecordSchema } from '../../../shared/domain/meeting-record';
import { mirrorMiddleware } from '../../../renderer/data/mirror/mirror-middleware';
import { createRepositories } from '../../../renderer/data/repositories';
import { pageMirror } from './autosave';
import { openAppDatabase } from './test-key';

/** Each value is written somewhere different; the test searches the disk for every one of them. */
export interface Canaries {
  carer: string;
  secondCarer: string;
  child: string;
  household: string;
  street: string;
  agency: string;
  /** An Arabic phrase: stored by Chromium as UTF-16. */
  phrase: string;
  draft: string;
  /** Typed into a meeting record (live meeting notes). */
  meetingNotes: string;
  /** Hidden in a note of about 200 KB: Chromium keeps such values outside LevelDB, Snappy-compressed. */
  largeNote: string;
}

export interface SeedResult {
  familyId: string;
  /** Every canary, as read back through the repositories (proves they were written). */
  readBack: Record<keyof Canaries, string | undefined>;
}

const TODAY = '2026-11-20';
const LARGE_NOTE_KEY = 'meeting-minutes:large';

function largeNote(canary: string): string {
  const paragraph = 'The team agreed the actions below and will review them at the next meeting. ';
  const half = paragraph.repeat(1_300);
  return `${half}${canary}. ${half}`;
}

export async function seedCanaries(encrypted: boolean, c: Canaries): Promise<SeedResult> {
  const db = openAppDatabase(encrypted);
  if (encrypted) db.use(mirrorMiddleware(pageMirror()));
  await db.open();
  try {
    const repos = createRepositories(db);
    const [carerId, secondCarerId, childId] = [newId(), newId(), newId()];
    const family = await repos.families.create({
      familyName: `${c.carer} family`,
      carers: [
        { id: carerId, name: c.carer, relationship: 'Mum', phone: '07700 900123', email: '' },
        { id: secondCarerId, name: c.secondCarer, relationship: 'Dad', phone: '', email: '' },
      ],
      children: [{ id: childId, name: c.child, dateOfBirth: '2016-11-23', school: 'Ysgol Gymraeg' }],
      households: [
        { id: newId(), label: c.household, address: { line1: c.street, line2: '', town: 'Leeds', postcode: 'LS1 4AP' }, phone: '', carerIds: [carerId], childIds: [childId] },
        { id: newId(), label: "Dad's flat", carerIds: [secondCarerId], childIds: [childId] },
      ],
      safetyFlags: [],
    });
    const consent = await repos.consent.record(
      {
        id: newId(),
        familyId: family.id,
        kind: 'given',
        how: 'written',
        reviewBy: null,
        scope: { type: 'share', recipient: { kind: 'agency', agency: c.agency }, purpose: '' },
        on: TODAY,
        by: { personId: carerId, name: c.carer, role: 'Mum' },
        recordedBy: c.secondCarer,
        recordedAt: `${TODAY}T10:00:00.000Z`,
        note: c.phrase,
      },
      TODAY,
    );
    if (!consent.ok) throw new Error(`The consent event was refused: ${JSON.stringify(consent.errors)}`);
    await repos.drafts.save('family-form:new', { notes: c.draft });
    await repos.drafts.save(LARGE_NOTE_KEY, { notes: largeNote(c.largeNote) });
    const meetingId = newId();
    const stamp = `${TODAY}T11:00:00.000Z`;
    await db.meetingRecords.put(meetingRecordSchema.parse({ id: meetingId, familyId: family.id, familyViews: c.meetingNotes, startedAt: stamp, updatedAt: stamp }));

    const stored = await repos.families.get(family.id);
    const event = (await repos.consent.forFamily(family.id))[0];
    const isNote = (v: unknown): v is { notes: string } => typeof v === 'object' && v !== null && 'notes' in v;
    const draft = await repos.drafts.load('family-form:new', isNote);
    const large = await repos.drafts.load(LARGE_NOTE_KEY, isNote);
    const record = await db.meetingRecords.get(meetingId);
    const household = stored?.households[0];
    const recipient = event?.scope.type === 'share' ? event.scope.recipient : undefined;
    const readBack: Record<keyof Canaries, string | undefined> = {
      carer: stored?.carers[0]?.name,
      secondCarer: stored?.carers[1]?.name,
      child: stored?.children[0]?.name,
      household: household?.label,
      street: household?.address.line1,
      agency: recipient?.kind === 'agency' ? recipient.agency : undefined,
      phrase: event?.note,
      draft: draft?.value.notes,
      meetingNotes: record?.familyViews,
      largeNote: large?.value.notes.includes(c.largeNote) ? c.largeNote : undefined,
    };
    return { familyId: family.id, readBack };
  } finally {
    db.close();
  }
}

/**
 * The control for the private file system: a file of plain text written there directly (the app
 * never does this), so the scan shows it reads those files too.
 */
export async function writePlainOpfsFile(text: string): Promise<void> {
  const root = await navigator.storage.getDirectory();
  const file = await root.getFileHandle('canary-control.txt', { create: true });
  const writable = await file.createWritable();
  await writable.write(text);
  await writable.close();
}
