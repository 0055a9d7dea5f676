/**
 * A first meeting's minutes, final and agreed, seeded through the app's own repositories on the
 * encrypted database, for the row that times the first meeting journey's slowest step: making and
 * saving a PDF copy from "Save and share copies". A caseload family's first meeting is planned,
 * run (everyone there, the family's views, the child's words, two lists and actions), its minutes
 * drafted, sent to the family, agreed by every parent or carer invited, and made final, each
 * step through the repository the screens call, with the content the minutes screens build.
 */
import { defaultAgendaTemplates } from '../../../shared/domain/agenda-templates';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import type { MeetingInvitee } from '../../../shared/domain/meeting';
import { childVoiceSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import type { MinutesChange } from '../../../renderer/data/repositories/minutes';
import { agendaFromTemplate } from '../../../shared/rules/agenda';
import type { TeamAroundDatabase } from '../../../renderer/data/db';
import { createRepositories } from '../../../renderer/data/repositories';
import { buildLiveContent } from '../../../renderer/features/minutes/live-content';
import { plannedRecipients } from '../../../renderer/features/minutes/recipients';
import { familyBundle, familyIdAt, type CaseloadSize } from '../caseload';
import { dayNumber, isoDate, londonDateTime } from '../caseload/dates';
import { VENUES } from '../caseload/names';
import { randomFor } from '../caseload/random';
import { CASELOAD_TODAY } from '../caseload/size';
import { prose, type TextPeople } from '../caseload/text';
import { agreedActions } from './meeting-actions';

export interface SharedMinutes {
  familyId: string;
  meetingId: string;
  /** The parent or carer the copy is made for (the family's own copy: no consent needed). */
  recipient: string;
  /** Characters of the minutes' text as sent (for the row's note). */
  sections: number;
}

const CHAIR = { name: 'Bench Chair', role: 'Family support worker' };
const ACTIONS = 5;

function firstFamilyWithCarer(seed: number, size: CaseloadSize): string {
  for (let i = 0; i < size.families; i++) {
    const { family } = familyBundle(seed, i, size);
    if (family.carers.length >= 1 && family.children.length >= 1) return familyIdAt(seed, i);
  }
  throw new Error('The caseload has no family with a parent and a child.');
}

function ok(change: MinutesChange, step: string): Extract<MinutesChange, { ok: true }> {
  if (!change.ok) throw new Error(`Seeding the shared minutes: ${step} was refused: ${change.message}`);
  return change;
}

function familyInvitees(family: FamilyRecord): MeetingInvitee[] {
  return family.carers.map((p) => ({ kind: 'family', id: p.id, name: p.name, role: '', agency: '', email: '' }));
}

export async function seedSharedMinutes(db: TeamAroundDatabase, seed: number, size: CaseloadSize): Promise<SharedMinutes> {
  const repos = createRepositories(db);
  await repos.settings.saveProfile({ ...CHAIR, organisation: '', phone: '', email: '', use: 'chair' });
  const familyId = firstFamilyWithCarer(seed, size);
  const family = await repos.families.get(familyId);
  if (!family) throw new Error(`Family ${familyId} is not in the app's database.`);
  const random = randomFor(seed, 'shared-minutes');
  const child = family.children[0];
  const people: TextPeople = { child: child?.name ?? 'the child', carer: family.carers[0]?.name ?? 'the carer', practitioner: CHAIR.name };
  const agenda = agendaFromTemplate(defaultAgendaTemplates().first, { meetingKind: 'first', openActions: [], childAttends: false, newId });
  const meeting = await repos.meetings.create(familyId, {
    kind: 'first',
    startsAt: londonDateTime(dayNumber(CASELOAD_TODAY) - 1, 10 * 60),
    lengthMinutes: 60,
    venue: VENUES[0] ?? 'School',
    place: null,
    privacyNote: '',
    accessNote: '',
    childAttends: false,
    invitees: familyInvitees(family),
    agenda,
  });
  const started = await repos.meetingRecords.start(meeting, { childIds: family.children.map((c) => c.id) });
  const record: MeetingRecord = {
    ...started,
    attendees: started.attendees.map((a) => ({ ...a, attendance: 'attended' })),
    familyViews: prose(random, people, 300, 600),
    childVoices: child ? [childVoiceSchema.parse({ childId: child.id, words: prose(random, people, 120, 300) })] : [],
    goingWell: [1, 2].map(() => ({ id: newId(), text: prose(random, people, 60, 160) })),
    worries: [1, 2].map(() => ({ id: newId(), text: prose(random, people, 60, 160) })),
  };
  await repos.meetingRecords.save(record);
  await repos.actions.saveMany(
    agreedActions(
      {
        familyId,
        meetingId: meeting.id,
        count: ACTIONS,
        childFor: () => child?.id ?? null,
        ownerFor: (i) => (i % 2 === 0 ? CHAIR.name : (family.carers[0]?.name ?? CHAIR.name)),
      },
      random,
      people,
    ),
  );

  // The content as the minutes screens build it, from everything they read.
  const content = async () => {
    const [storedRecord, actions, consents, practitioners, versions, area, profile] = await Promise.all([
      repos.meetingRecords.get(meeting.id),
      repos.actions.forMeeting(meeting.id),
      repos.consent.forFamily(familyId),
      repos.directory.practitioners(),
      repos.minutes.forMeeting(meeting.id),
      repos.settings.area(),
      repos.settings.profile(),
    ]);
    if (!profile) throw new Error('Seeding the shared minutes: the chair’s profile was not saved.');
    const context = { family, meeting, record: storedRecord, actions, earlierActions: [], voiceImages: [], consents, practitioners, versions, distance: undefined, area, profile };
    const built = buildLiveContent(context, { reports: [], row: versions.at(-1), plannedRecipients: plannedRecipients(context), builtAt: new Date().toISOString() });
    if (!built.ok) throw new Error(`Seeding the shared minutes: the content could not be built: ${built.message}`);
    return built.content;
  };

  const { row } = ok(await repos.minutes.startDraft(meeting, CHAIR.name), 'starting the draft');
  ok(await repos.minutes.sendToFamily(row.id, await content(), CHAIR.name, 'On this laptop, after the meeting'), 'sending to the family');
  for (const carer of family.carers) {
    ok(
      await repos.minutes.recordResponse(row.id, {
        id: newId(),
        kind: 'agreed',
        how: 'in-person-on-laptop',
        givenBy: { personId: carer.id, name: carer.name },
        givenOn: isoDate(dayNumber(CASELOAD_TODAY) - 1),
        recordedAt: new Date().toISOString(),
        recordedBy: CHAIR.name,
      }),
      'recording the family’s answer',
    );
  }
  const final = await content();
  ok(await repos.minutes.finalise(row.id, final, CHAIR.name), 'making the minutes final');
  return { familyId, meetingId: meeting.id, recipient: family.carers[0]?.name ?? '', sections: final.sections.length };
}
