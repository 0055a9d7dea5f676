// IndexedDB is installed before anything imports Dexie (Dexie finds it when first loaded).
/** Generated records that pass the app's own schemas, with awkward text (scripts, emoji, combining marks). */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { actionSchema } from '../../../shared/domain/action';
import { consentEventSchema } from '../../../shared/domain/consent';
import { localServiceSchema, practitionerSchema } from '../../../shared/domain/directory';
import { familyRecordSchema, upgradeFamilyV1 } from '../../../shared/domain/family-record';
import { meetingSchema, type Meeting } from '../../../shared/domain/meeting';
import { readMinutesRows, summaryRows } from '../../../renderer/data/repositories/minutes-open';
import { meetingRecordSchema, VOICE_METHODS } from '../../../shared/domain/meeting-record';
import { minutesRowSchema } from '../../../shared/domain/minutes';
import { authoredBriefingSchema } from '../../../shared/briefing/authored';
import { sealBriefing } from '../../../shared/briefing/file-format';
import { briefingRowSchema } from '../../../shared/briefing/received';
import { filledBody, filledBriefing } from '../../unit/briefings/fixtures';
import { planSchema } from '../../../shared/domain/plan';
import { referralSchema } from '../../../shared/domain/safeguarding';
import { appendEntry, AUDIT_ACTIONS, type AuditEntry } from '../../../shared/rules/audit-chain';
import { AUDIT_TIP_KEY } from '../../../renderer/data/repositories/audit';
import { storedValue } from '../../unit/crypto/arbitraries';
import type { z } from 'zod';
import { summariseFamily } from '../../../shared/domain/family-summary';
import { firstPageOf } from '../../../shared/domain/family-list-first-page';
import { familyListPages } from '../../../shared/domain/family-list-page';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { familyDueFrom, THRESHOLDS_KEY, thresholdsFrom } from '../../../renderer/data/repositories/home-status';
import type { MeetingSummary } from '../../../shared/domain/meeting-summary';
import type { Action } from '../../../shared/domain/action';

const text = fc.string({ maxLength: 60, unit: 'grapheme' });
const name = fc.oneof(fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }), fc.constantFrom("O'Brien", 'O’Brien', 'Ștefan Rădulescu', 'محمد حداد', 'Llŷr ap Gwyn', '👩🏽‍🍼 Mam'));
export const id = fc.stringMatching(/^[A-Za-z0-9_-]{8,24}$/);
const date = fc.date({ min: new Date('2010-01-01'), max: new Date('2026-11-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString());

function valid<T>(schema: z.ZodType, arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return arbitrary.filter((value) => schema.safeParse(value).success);
}

function unique<T extends Record<K, string | number>, K extends keyof T>(arbitrary: fc.Arbitrary<T>, key: K, maxLength: number): fc.Arbitrary<T[]> {
  return fc.uniqueArray(arbitrary, { selector: (row) => row[key], maxLength });
}

const family = valid(
  familyRecordSchema,
  fc
    .record({
      id,
      familyName: name,
      carers: fc.array(fc.record({ id, name, relationship: text, phone: text, email: fc.constant('') }), { minLength: 1, maxLength: 3 }),
      children: fc.array(fc.record({ id, name, dateOfBirth: date, school: text }), { minLength: 1, maxLength: 3 }),
      createdAt: instant,
      updatedAt: instant,
      isPractice: fc.boolean(),
    })
    .map(upgradeFamilyV1),
);

const action = valid(
  actionSchema,
  fc.record({
    id,
    familyId: id,
    meetingId: id,
    childId: fc.option(id),
    what: text,
    ownerName: name,
    dueDate: fc.option(date),
    howWeWillKnow: text,
    status: fc.constantFrom('not-started' as const, 'in-progress' as const, 'done' as const, 'not-done' as const),
    note: fc.string({ maxLength: 300, unit: 'grapheme' }),
    createdAt: instant,
    updatedAt: instant,
  }),
).map((a) => ({ ...a, isOpen: a.status === 'not-started' || a.status === 'in-progress' ? (1 as const) : (0 as const) }));

const meeting = valid(
  meetingSchema,
  fc.record({
    id,
    familyId: id,
    kind: fc.constantFrom('pre-meeting', 'first', 'review', 'closing'),
    startsAt: instant,
    lengthMinutes: fc.integer({ min: 15, max: 480 }),
    venue: text,
    notes: fc.string({ maxLength: 500, unit: 'grapheme' }),
    createdAt: instant,
    updatedAt: instant,
  }),
);

const practitioner = valid(practitionerSchema, fc.record({ id, name, role: name, agency: name, phone: fc.constantFrom('07700 900123', ''), secureEmail: fc.constant('sam.patel@school.sch.uk') }));

const service = valid(
  localServiceSchema,
  fc.record({ id, name, offer: name, forWhom: name, howToRefer: name, phone: fc.constant(''), email: fc.constant(''), website: fc.constantFrom('', 'www.example.org.uk'), notes: text }),
);

const plan = valid(
  planSchema,
  fc.record({
    id,
    familyId: id,
    leadProfessional: fc.record({ practitionerId: fc.option(id), name, role: text, agency: text }),
    startDate: fc.constant('2026-01-05'),
    reason: name,
    levelOfNeed: fc.constantFrom('1', '2', '3'),
    statusHistory: fc.constant([{ status: 'active', on: '2026-01-05', reason: '', recordedBy: 'Sam Patel' }]),
    createdAt: instant,
    updatedAt: instant,
  }),
);

const consentEvent = valid(
  consentEventSchema,
  fc.record({
    id,
    familyId: id,
    kind: fc.constant('given'),
    how: fc.constant('signed-form'),
    reviewBy: fc.constant(null),
    scope: fc.constantFrom({ type: 'early-help' }, { type: 'share', recipient: { kind: 'agency', agency: 'School' }, purpose: '' }),
    on: date,
    by: fc.record({ personId: fc.option(id), name, role: text }),
    recordedBy: name,
    recordedAt: instant,
    note: text,
  }),
);

const referral = valid(
  referralSchema,
  fc.record({
    id,
    familyId: id,
    childIds: fc.array(id, { minLength: 1, maxLength: 3 }),
    referredOn: date,
    referredBy: fc.record({ personId: fc.option(id), name, role: text }),
    referredTo: name,
    reason: name,
    familyTold: fc.constant({ told: true, on: '2026-03-09', by: 'Sam Patel', who: 'Mum, by phone' }),
    recordedBy: name,
    recordedAt: instant,
  }),
);

const timetable = fc.record({
  id,
  familyId: id,
  // Keys are person ids as the app makes them (32 hex characters, see shared/domain/ids.ts), so never
  // a name such as 'constructor' or '__proto__' that plain objects treat specially.
  members: fc.dictionary(
    fc.stringMatching(/^[0-9a-f]{32}$/),
    fc.record({ busy: fc.constant([]), unavailable: fc.constant([]), preferred: fc.constant([]), eveningsAcceptable: fc.boolean(), weekendsAcceptable: fc.boolean() }),
    { maxKeys: 2, noNullPrototype: true },
  ),
  updatedAt: instant,
});

const unavailability = fc.record({ id, practitionerId: id, busy: fc.constant([]), unavailable: fc.constant([]), updatedAt: instant });

const meetingRecord = valid(
  meetingRecordSchema,
  fc.record({
    id,
    familyId: id,
    familyViews: fc.string({ maxLength: 300, unit: 'grapheme' }),
    goingWell: fc.array(fc.record({ id, text }), { maxLength: 3 }),
    childVoices: fc.array(fc.record({ childId: id, words: text, methods: fc.subarray([...VOICE_METHODS]) }), { maxLength: 2 }),
    startedAt: instant,
    updatedAt: instant,
  }),
).map((row) => meetingRecordSchema.parse(row));

const voiceImage = fc.record({ id, familyId: id, meetingId: id, childId: id, mediaType: fc.constant('image/png' as const), base64: fc.base64String({ maxLength: 40 }), description: text, addedAt: instant });

/** A received briefing: a sealed briefing file (checksum and all) for a meeting, as the briefings repository stores it. */
const briefingRow = fc
  .record({ id, familyId: id, meetingId: id, childId: id, worries: text, at: instant })
  .map(({ id: briefingId, familyId, meetingId, childId, worries, at }) => {
    const body = filledBody();
    const briefing = sealBriefing({ ...body, briefingId, request: { meetingId, childId }, content: { ...body.content, worries: worries.trim() }, savedAt: at });
    return briefingRowSchema.parse({ id: briefingId, familyId, meetingId, agendaItemId: null, receivedAt: at, fileName: 'briefing.tabriefing', briefing });
  });
/** A briefing written here, as typed. */
const authoredBriefing = fc
  .record({ id, worries: text, at: instant })
  .map(({ id: briefingId, worries, at }) => authoredBriefingSchema.parse({ ...filledBriefing(), id: briefingId, sections: { ...filledBriefing().sections, worries }, updatedAt: at }));
/** A first draft of minutes, checked by the minutes schema as the repository and a restore check it. */
const minutesRow = fc
  .record({ id, familyId: id, meetingId: id, at: instant, by: name, details: text })
  .map(({ at, by, details, ...keys }) => minutesRowSchema.parse({ ...keys, version: 1, events: [{ step: 'drafted', at, by, details }], createdAt: at, updatedAt: at }));

const setting = fc.record({ key: fc.string({ minLength: 1, maxLength: 30 }).filter((k) => k !== AUDIT_TIP_KEY), value: storedValue });
const draft = fc.record({ key: fc.string({ minLength: 1, maxLength: 30 }), value: storedValue, savedAt: instant });

const auditTrail: fc.Arbitrary<AuditEntry[]> = fc
  .array(fc.record({ at: instant, actor: name, action: fc.constantFrom(...AUDIT_ACTIONS), recordType: fc.constantFrom('family', 'plan', 'consent'), recordId: id, familyId: fc.option(id, { nil: undefined }) }, { requiredKeys: ['at', 'actor', 'action', 'recordType', 'recordId'] }), { maxLength: 6 })
  .map((events) => {
    const entries: AuditEntry[] = [];
    for (const event of events) {
      const last = entries[entries.length - 1];
      entries.push(appendEntry(last ? { seq: last.seq, hash: last.hash } : null, event));
    }
    return entries;
  });

/** The day the backup tests restore on (support.ts's NOW, 10:15 on 23 November 2026). */
const RESTORE_DAY = '2026-11-23';

/** The home status rows the app builds from these records (one per family with an open plan). */
function homeStatusRows(contents: { plans: unknown[]; meetingSummaries: MeetingSummary[]; consentEvents: unknown[]; actions: unknown[]; settings: unknown[] }) {
  const thresholdsRow = contents.settings.find((row) => (row as { key: string }).key === THRESHOLDS_KEY) as { value: unknown } | undefined;
  const thresholds = thresholdsFrom(thresholdsRow?.value);
  const of = <T>(rows: readonly T[], familyId: string) => rows.filter((row) => (row as { familyId: string }).familyId === familyId);
  const families = [...new Set(contents.plans.map((p) => (p as { familyId: string }).familyId))].sort();
  return families.flatMap((id) => {
    const records = {
      plans: of(contents.plans, id),
      meetings: of(contents.meetingSummaries, id),
      consent: of(contents.consentEvents, id),
      actions: of(contents.actions as Action[], id),
    };
    const dueFrom = familyDueFrom(records, RESTORE_DAY, thresholds);
    return dueFrom === null ? [] : [{ id, dueFrom }];
  });
}

/** One generated database, table by table, with the app's own table names; the audit trail's tip is recorded in settings as the app does. */
export const databaseContents = fc
  .record({
  families: unique(family, 'id', 4),
  drafts: unique(draft, 'key', 3),
  meetings: unique(meeting, 'id', 3),
  actions: unique(action, 'id', 4),
  practitioners: unique(practitioner, 'id', 3),
  services: unique(service, 'id', 2),
  plans: unique(plan, 'id', 2),
  consentEvents: unique(consentEvent, 'id', 3),
  referrals: unique(referral, 'id', 2),
  settings: unique(setting, 'key', 3),
  audit: auditTrail,
  timetables: unique(timetable, 'id', 2),
  unavailability: unique(unavailability, 'id', 2),
  meetingRecords: unique(meetingRecord, 'id', 2),
  voiceImages: unique(voiceImage, 'id', 2),
  minutes: unique(minutesRow, 'id', 2),
  briefings: unique(briefingRow, 'id', 2),
  authoredBriefings: unique(authoredBriefing, 'id', 2),
})
  .map((contents) => ({ ...contents, familySummaries: contents.families.map((f) => summariseFamily(f as FamilyRecord)) }))
  // Derived: not in the backup, rebuilt from the meetings when it is restored (0057).
  // With each meeting's minutes flag, from the restored minutes (0066).
  .map((contents) => ({ ...contents, meetingSummaries: summaryRows(contents.meetings as Meeting[], readMinutesRows(contents.minutes)) }))
  // Derived likewise: rebuilt from the restored family summaries (0060), the first page (key -1, 0063) first.
  .map((contents) => {
    const summaries = contents.families.map((f) => summariseFamily(f as FamilyRecord));
    return { ...contents, familyListPages: [firstPageOf(summaries), ...familyListPages(summaries)] };
  })
  // Derived likewise: built again on restore, on the restore's day (0064; the backup tests' clock).
  .map((contents) => ({ ...contents, homeStatus: homeStatusRows(contents) }))
  .map((contents) => {
    const last = contents.audit[contents.audit.length - 1];
    if (!last) return contents;
    return { ...contents, settings: [...contents.settings, { key: AUDIT_TIP_KEY, value: { seq: last.seq, hash: last.hash } }] };
  });
export type DatabaseContents = Record<string, unknown[]>;
