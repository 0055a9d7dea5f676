/**
 * Model test (decision 0066): through any sequence of writes by the app's repositories (meetings
 * planned, moved and cancelled; minutes drafted, sent, answered, made final, shared and corrected)
 * and time passing, home's minutes waiting, read through the summaries' `[minutesOpen+startsAt]`
 * index, is exactly what the earlier read listed (every held meeting of the look-back, with all their
 * minutes), and every summary's flag is what the rule says of its meeting and minutes.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { afterEach, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createRepositories, type Repositories } from '../../../renderer/data/repositories';
import { MINUTES_LOOKBACK_DAYS } from '../../../renderer/data/repositories/home';
import { minutesFor } from '../../../renderer/data/repositories/home-related-reads';
import { readSummaries } from '../../../renderer/data/repositories/home-status';
import type { MeetingInput } from '../../../renderer/data/repositories/meetings';
import type { MeetingKind } from '../../../shared/domain/meeting';
import { minutesContentSchema, readMinutesRow, type FamilyResponseInput, type MinutesContent, type MinutesRow } from '../../../shared/domain/minutes';
import { minutesStatus } from '../../../shared/minutes/workflow';
import { todayInLondon } from '../../../shared/rules/dates';
import { minutesOpen, minutesWaiting } from '../../../shared/rules/home/minutes-waiting';
import { addDays, LOOK_AHEAD_DAYS, londonDateOf, startInstant } from '../../../shared/rules/home/window';

const FAMILIES = ['familyAAAA', 'familyBBBB', 'familyCCCC'];
const START = Date.parse('2026-09-01T08:30:00Z');
const pick = fc.nat(50);
const command = fc.oneof(
  fc.record({
    t: fc.constant('meeting' as const),
    f: fc.constantFrom(...FAMILIES),
    kind: fc.constantFrom<MeetingKind>('pre-meeting', 'first', 'review', 'review', 'closing'),
    offset: fc.integer({ min: -120, max: 20 }),
    hour: fc.integer({ min: 8, max: 18 }),
  }),
  fc.record({ t: fc.constant('cancel' as const), i: pick, back: fc.boolean() }),
  fc.record({ t: fc.constant('move' as const), i: pick, offset: fc.integer({ min: -120, max: 20 }) }),
  fc.record({ t: fc.constant('draft' as const), i: pick }),
  fc.record({ t: fc.constant('draft' as const), i: pick }),
  // The next steps of a version's workflow, whichever they are (a shared version is corrected).
  fc.record({ t: fc.constant('step' as const), i: pick, steps: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ t: fc.constant('step' as const), i: pick, steps: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ t: fc.constant('hours' as const), n: fc.integer({ min: 0, max: 30 * 24 }) }),
  fc.record({ t: fc.constant('hours' as const), n: fc.integer({ min: 0, max: 3 }) }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

function londonStart(date: string, hour: number): string {
  return Temporal.PlainDateTime.from(`${date}T${String(hour).padStart(2, '0')}:00`).toZonedDateTime('Europe/London').toString();
}

function meetingInput(kind: MeetingKind, startsAt: string): MeetingInput {
  return { kind, startsAt, lengthMinutes: 60, venue: 'School', place: null, privacyNote: '', accessNote: '', childAttends: false, invitees: [], agenda: null };
}

function content(row: MinutesRow): MinutesContent {
  return minutesContentSchema.parse({
    familyId: row.familyId,
    meetingId: row.meetingId,
    title: 'Minutes: Team Around the Family review meeting',
    meetingName: 'Team Around the Family review meeting',
    meetingDate: '2026-11-23',
    chairName: 'Sam Patel',
    chairRole: 'Family support worker',
    venue: { kind: 'place', name: 'Larkfield Family Hub', address: '' },
    marking: 'OFFICIAL-SENSITIVE',
    practice: false,
    childNames: ['Tobi'],
    sections: [{ id: 'family-views', heading: "The family's views", familyHeading: 'What you told us', blocks: [], familyBlocks: [] }],
    childLetters: [],
    glossary: [],
    builtAt: '2026-11-23T10:00:00.000Z',
  });
}

const response = (id: string): FamilyResponseInput => ({
  id,
  kind: 'agreed',
  words: '',
  how: 'in-person-on-laptop',
  givenBy: { personId: 'carer00000000001', name: 'Ana Ruiz' },
  givenOn: '2026-11-23',
  recordedAt: '2026-11-23T11:00:00.000Z',
  recordedBy: 'Sam Patel',
  sections: [{ sectionId: 'family-views', answer: 'right', words: '' }],
});

const school = { id: 'agency:School', kind: 'agency' as const, name: 'School', role: '', agency: 'School' };

const at = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

const opened: TeamAroundDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

let n = 0;

async function nextStep(repos: Repositories, row: MinutesRow, clock: { ms: number }): Promise<void> {
  const status = minutesStatus(row);
  if (status === 'draft') await repos.minutes.sendToFamily(row.id, content(row), 'Sam Patel', 'On this laptop');
  if (status === 'with-family') await repos.minutes.recordResponse(row.id, response(`response${String(++n).padStart(8, '0')}`));
  if (status === 'family-responded') await repos.minutes.finalise(row.id, content(row), 'Sam Patel');
  if (status === 'shared') await repos.minutes.correct(row.id, 'The date was wrong', 'Sam Patel');
  if (status === 'final') {
    const copy = { recipient: school, basis: { kind: 'consent' as const, consentId: 'consent000000001', summary: 'Ana gave consent' }, document: 'minutes' as const, format: 'docx' as const, version: row.version, at: new Date(clock.ms).toISOString(), by: 'Sam Patel' };
    await repos.minutes.recordCopy(row.id, copy);
  }
}

async function run(repos: Repositories, db: TeamAroundDatabase, c: Command, clock: { ms: number }): Promise<void> {
  const today = todayInLondon(new Date(clock.ms));
  const meetings = () => db.meetings.orderBy('id').toArray();
  switch (c.t) {
    case 'meeting':
      await repos.meetings.create(c.f, meetingInput(c.kind, londonStart(addDays(today, c.offset), c.hour)));
      return;
    case 'cancel': {
      const m = at(await meetings(), c.i);
      if (m) await repos.meetings.update(m.id, c.back ? { status: 'planned' } : { status: 'cancelled', cancelReason: 'Family unwell' });
      return;
    }
    case 'move': {
      const m = at(await meetings(), c.i);
      if (m) await repos.meetings.update(m.id, { startsAt: londonStart(addDays(today, c.offset), 10) });
      return;
    }
    case 'draft': {
      const m = at(await meetings(), c.i);
      if (m) await repos.minutes.startDraft(m, 'Sam Patel');
      return;
    }
    case 'step': {
      const rows = (await db.minutes.orderBy('id').toArray()).flatMap((r) => {
        const row = readMinutesRow(r);
        return row && minutesStatus(row) !== 'superseded' ? [row] : [];
      });
      const id = at(rows, c.i)?.id;
      for (let k = 0; id && k < c.steps; k++) await nextStep(repos, (await repos.minutes.get(id)) as MinutesRow, clock);
      return;
    }
    case 'hours':
      clock.ms += c.n * 3_600_000;
      return;
  }
}

/** The read before 0066: every summary of the look-back window, and the minutes of every held one. */
async function earlierMinutesWaiting(db: TeamAroundDatabase, now: Date) {
  const today = todayInLondon(now);
  const from = addDays(today, -MINUTES_LOOKBACK_DAYS);
  const around = readSummaries(await db.meetingSummaries.where('startsAt').between(from, addDays(today, LOOK_AHEAD_DAYS + 1), true, false).toArray());
  const held = around.filter((m) => m.status === 'planned' && startInstant(m.startsAt) < now.getTime() && londonDateOf(m.startsAt) >= from);
  const minutes = await minutesFor(db, held.filter((m) => m.kind !== 'pre-meeting').map((m) => m.id));
  return minutesWaiting({ now: now.toISOString(), meetings: held, minutes });
}

it('lists through the minutes flag exactly what the earlier read listed, through any writes and time (model)', async () => {
  let listed = 0;
  let shared = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(command, { minLength: 10, maxLength: 40, size: 'large' }), async (commands) => {
      const db = new TeamAroundDatabase(`minutes-open-model-${++n}`);
      opened.push(db);
      await db.open();
      const clock = { ms: START };
      const repos = createRepositories(db, () => new Date(clock.ms));
      for (const c of commands) {
        await run(repos, db, c, clock);
        const now = new Date(clock.ms);
        const ours = await repos.home.lists({ allMinutes: true });
        const theirs = await earlierMinutesWaiting(db, now);
        expect({ items: ours.minutes, count: ours.minutesWaiting }, JSON.stringify(c)).toEqual({ items: theirs, count: theirs.length });
        const allMinutes = await minutesFor(db, await db.meetingSummaries.toCollection().primaryKeys());
        for (const s of await db.meetingSummaries.toArray()) {
          expect(s.minutesOpen, JSON.stringify(c)).toBe(minutesOpen(s, allMinutes.get(s.id) ?? []) ? 1 : 0);
        }
        listed += ours.minutes.length;
        for (const versions of allMinutes.values()) if (!minutesOpen({ kind: 'review', status: 'planned' }, versions)) shared += 1;
      }
      db.close();
      await db.delete();
      opened.length = 0;
    }),
    { numRuns: 80 },
  );
  // The comparison saw minutes on the list, and minutes shared (off it).
  expect(listed).toBeGreaterThan(40);
  expect(shared).toBeGreaterThan(40);
}, 240_000);
