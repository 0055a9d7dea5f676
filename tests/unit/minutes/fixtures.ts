/**
 * A separated family (Mum's phone, email and address hidden from Dad), a review meeting at
 * school with everything captured, actions old and new, a school report, and the consent
 * register. Names in Irish, Romanian and Arabic come through every document exactly.
 */
import { actionSchema, type Action } from '../../../shared/domain/action';
import { defaultAreaSettings, type AreaSettings } from '../../../shared/domain/area-settings';
import type { ConsentEvent } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { meetingSchema, type PlannedMeeting } from '../../../shared/domain/meeting';
import { meetingRecordSchema, type MeetingRecord, type VoiceImage } from '../../../shared/domain/meeting-record';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { bytesToBase64 } from '../../../shared/bytes';
import { consentSummaryLine } from '../../../shared/rules/consent';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import type { MinutesInput } from '../../../shared/minutes/types';
import { newMinutesRow, recordFamilyResponse, sendToFamily } from '../../../shared/minutes/workflow';
import { makePng } from '../documents/png';
import { earlyHelp, given, healthVisitor, housing, school, share, withdrawn } from '../shared/consent-fixtures';
import { ids, separatedFamily } from '../shared/fixtures';

export { ids };

export const MUM = 'Siobhán Ó Súilleabháin';
export const DAD = 'محمد حداد';
export const NURSE = 'Ștefan Rădulescu';
export const CHAIR = 'Sam Patel';

export const more = {
  meeting: 'meeting-0001',
  nurse: 'prac-nurse-01',
  teacher: 'prac-teach-01',
  housingOfficer: 'prac-house-01',
  imageId: 'image-0000001',
  report: 'report-000001',
};

/** Everything about Mum that Dad must never see. */
export const MUM_SECRETS = ['12 Elm Road', 'Flat 3', 'LS1 4AP', '07700 900123', '07700900123', '0113 496 0000', '01134960000', 'siobhan@example.org', "Mum's home"];

export const AMIR_WORDS = 'I like football with Dad on Saturdays. I get sad when the flat is noisy at night and I can’t sleep.';

export const area: AreaSettings = { ...defaultAreaSettings, areaName: 'Kirkby' };
export const glossary = loadDefaultGlossary();

export function family(over: Partial<FamilyRecord> = {}): FamilyRecord {
  const base = separatedFamily();
  return {
    ...base,
    carers: base.carers.map((c) => ({
      ...c,
      ...(c.id === ids.mum ? { name: MUM } : {}),
      childRelationships: [
        { childId: ids.amir, relationship: c.relationship, parentalResponsibility: 'yes' as const },
        { childId: ids.layla, relationship: c.relationship, parentalResponsibility: 'yes' as const },
      ],
    })),
    ...over,
  };
}

export function meeting(over: Partial<PlannedMeeting> = {}): PlannedMeeting {
  return meetingSchema.parse({
    id: more.meeting,
    familyId: ids.family,
    kind: 'review',
    startsAt: '2026-11-23T16:00:00+00:00[Europe/London]',
    lengthMinutes: 90,
    venue: 'Oak Lane Primary School',
    notes: '',
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    place: { kind: 'place', name: 'Oak Lane Primary School, family room', address: 'Oak Lane, Bradford, BD5 0AA' },
    invitees: [
      { kind: 'family', id: ids.mum, name: MUM, role: 'Mum' },
      { kind: 'family', id: ids.dad, name: DAD, role: 'Dad' },
      { kind: 'practitioner', id: more.nurse, name: NURSE, role: 'School nurse', agency: 'Kirkby Community Health' },
      { kind: 'practitioner', id: more.teacher, name: 'Priya Shah', role: 'SENCO', agency: 'School' },
    ],
    agenda: {
      meetingKind: 'review',
      items: [
        { id: 'item-welcome', title: 'Welcome and introductions', description: 'Everyone says who they are.', minutes: 10, childAttends: false, kind: 'standard' },
        { id: 'item-review', title: 'How the plan is going', description: 'Each action from last time.', minutes: 20, childAttends: false, kind: 'action-review' },
        { id: 'item-voice', title: "Amir's views", description: 'What Amir has told us.', minutes: 15, childAttends: true, kind: 'standard', childVoice: true },
      ],
    },
    ...over,
  });
}

/** The area's agreement rule and the invitation list, as an export request takes them (both parents invited). */
export function agreement(over: Partial<Pick<AreaSettings, 'agreementRule'>> = {}) {
  return { rule: over.agreementRule ?? area.agreementRule, invitees: meeting().invitees };
}

/** A version both parents have agreed, on the laptop: no DRAFT marking, and a child's letter can be made from it. */
export function agreedRow(content: MinutesContent): MinutesRow {
  const must = (r: { ok: true; row: MinutesRow } | { ok: false; message: string }): MinutesRow => {
    if (!r.ok) throw new Error(r.message);
    return r.row;
  };
  const drafted = newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });
  let row = must(sendToFamily(drafted, content, { at: '2026-11-23T18:05:00.000Z', by: CHAIR }));
  for (const [n, carer] of [[1, { personId: ids.mum, name: MUM }], [2, { personId: ids.dad, name: DAD }]] as const) {
    row = must(recordFamilyResponse(row, { id: `response-000${n}`, kind: 'agreed', how: 'in-person-on-laptop', givenBy: carer, givenOn: '2026-11-23', recordedAt: `2026-11-23T18:1${n}:00.000Z`, recordedBy: CHAIR }));
  }
  return row;
}

export function record(over: Partial<MeetingRecord> = {}): MeetingRecord {
  return meetingRecordSchema.parse({
    id: more.meeting,
    familyId: ids.family,
    status: 'finished',
    attendees: [
      { id: ids.mum, kind: 'family', name: MUM, role: 'Mum', attendance: 'attended' },
      { id: ids.dad, kind: 'family', name: DAD, role: 'Dad', attendance: 'attended' },
      { id: more.nurse, kind: 'practitioner', name: NURSE, role: 'School nurse', agency: 'Kirkby Community Health', attendance: 'attended' },
      { id: more.teacher, kind: 'practitioner', name: 'Priya Shah', role: 'SENCO', agency: 'School', attendance: 'written-report' },
      { id: more.housingOfficer, kind: 'practitioner', name: 'Tom Reed', role: 'Housing officer', agency: 'Housing', attendance: 'apologies' },
    ],
    itemNotes: [
      { itemId: 'item-welcome', notes: 'Everyone introduced themselves. The DSL could not come.' },
      { itemId: 'item-review', notes: 'Siobhán said the new routine is helping.\n\nShe has moved to 12 Elm Road, Flat 3, LS1 4AP; ring her on 07700 900123 or 0113 496 0000.' },
    ],
    familyViews: 'We are doing better. Mornings are calmer now.',
    childVoices: [
      {
        childId: ids.amir,
        words: AMIR_WORDS,
        answers: { grow: 'More time to play outside.', thinkAbout: 'That I worry about Mum.', do: 'Help me sleep.' },
        methods: ['talking', 'drawing'],
        gatheredBy: NURSE,
        gatheredOn: '2026-11-18',
        childPresent: false,
        imageIds: [more.imageId],
        sharing: 'agreed',
        shareWith: 'Everyone at the meeting',
      },
    ],
    goingWell: [{ id: 'good-000001', text: 'Amir is at school on time every day this month.' }],
    worries: [{ id: 'worry-00001', text: 'Amir is tired in class most mornings.' }],
    needsToHappen: [{ id: 'need-000001', text: 'A calmer bedtime routine.' }],
    scalingQuestion: '',
    scaling: [
      { id: 'scale-00001', attendeeId: ids.mum, score: 7, reason: 'Mornings are much better.' },
      { id: 'scale-00002', attendeeId: more.nurse, score: 6, reason: 'Sleep is still a worry.' },
    ],
    actionUpdates: [{ actionId: 'action-old-01', progress: 'partly', note: 'Half the forms are done.', carriedForward: true }],
    outcome: {
      decision: 'continue',
      reasons: 'Things are improving but sleep is still a worry.',
      contingency: 'If Amir misses school again, the school will ring Siobhán the same day and the team will meet sooner.',
      nextReviewDate: '2027-01-18',
      nextReviewTime: '16:00',
    },
    startedAt: '2026-11-23T16:00:00.000Z',
    finishedAt: '2026-11-23T17:30:00.000Z',
    updatedAt: '2026-11-23T17:30:00.000Z',
    ...over,
  });
}

const action = (over: Partial<Action>): Action =>
  actionSchema.parse({
    id: 'action-new-01',
    familyId: ids.family,
    meetingId: more.meeting,
    childId: ids.amir,
    what: 'Set up a bedtime routine chart',
    ownerName: MUM,
    dueDate: '2026-12-14',
    howWeWillKnow: 'Amir is asleep by 8pm on school nights',
    status: 'not-started',
    note: '',
    createdAt: '2026-11-23T17:00:00.000Z',
    updatedAt: '2026-11-23T17:00:00.000Z',
    need: 'Sleep',
    ownerKind: 'family',
    ownerId: ids.mum,
    ...over,
  });

export const actions: Action[] = [
  action({}),
  action({ id: 'action-new-02', what: 'Check Amir sees the school nurse about sleep', ownerName: NURSE, ownerKind: 'practitioner', ownerId: more.nurse, dueDate: '2026-12-07', need: 'Health', howWeWillKnow: 'An appointment letter has been sent' }),
  action({ id: 'action-new-03', childId: null, what: 'Finish the housing forms', ownerName: 'Tom Reed', ownerKind: 'practitioner', ownerId: more.housingOfficer, dueDate: null, need: 'Housing', carriedFromId: 'action-old-01', howWeWillKnow: 'The forms are sent' }),
];

export const earlierActions: Action[] = [
  action({ id: 'action-old-01', meetingId: 'meeting-0000', childId: null, what: 'Fill in the housing forms', ownerName: 'Tom Reed', status: 'in-progress', dueDate: '2026-10-30' }),
];

export const reports: ReceivedReport[] = [
  {
    id: more.report,
    meetingId: more.meeting,
    childId: ids.amir,
    agendaItemId: null,
    kind: 'written-report',
    author: { name: 'Priya Shah', role: 'SENCO', agency: 'Oak Lane Primary', practitionerId: more.teacher },
    writtenOn: '2026-11-20',
    receivedAt: '2026-11-21T09:00:00.000Z',
    sections: [
      { heading: 'Attendance', text: 'Attendance is 97% this half term.' },
      { heading: 'What Amir says', text: 'School is OK. I like art.', childsOwnWords: true },
    ],
  },
];

export const picture = makePng(40, 30);

export const voiceImages: VoiceImage[] = [
  { id: more.imageId, familyId: ids.family, meetingId: more.meeting, childId: ids.amir, mediaType: 'image/png', base64: bytesToBase64(picture), description: 'Amir and Dad playing football in the park', addedAt: '2026-11-18T10:00:00.000Z' },
];

export const TODAY = '2026-11-24';

/** Early help yes; School yes; the school nurse's agency (Kirkby Community Health) yes; Housing given then withdrawn. */
export function consents(): ConsentEvent[] {
  return [
    given(earlyHelp, '2026-09-01'),
    given(share(school), '2026-09-01'),
    given(share({ kind: 'agency', agency: 'Kirkby Community Health' }), '2026-09-01'),
    given(share(housing), '2026-09-01'),
    withdrawn(share(housing), '2026-11-10'),
    given(share(healthVisitor), '2026-09-01'),
  ];
}

export const directory: Practitioner[] = [
  { id: more.housingOfficer, name: 'Tom Reed', role: 'Housing officer', agency: 'Housing', phone: '0113 000 0000', secureEmail: '' },
];

export function input(over: Partial<MinutesInput> = {}): MinutesInput {
  return {
    family: family(),
    meeting: meeting(),
    record: record(),
    actions,
    earlierActions,
    reports,
    voiceImages,
    area,
    chair: { name: CHAIR, role: 'Family support worker' },
    glossary,
    consentSummary: consentSummaryLine(consents(), TODAY),
    plannedRecipients: [{ name: NURSE, role: 'School nurse', basis: 'Consent given on 1 September 2026' }],
    builtAt: '2026-11-23T18:00:00.000Z',
    ...over,
  };
}
