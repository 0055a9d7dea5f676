/**
 * One family's records: the family, its meetings and its actions. Each family has its own
 * random stream, so family n is the same whatever batch size writes it.
 */
import type { Action, ActionStatus } from '../../../shared/domain/action';
import { isOpenStatus } from '../../../shared/domain/action';
import { upgradeFamilyV1, type FamilyRecord } from '../../../shared/domain/family-record';
import type { Meeting, MeetingKind } from '../../../shared/domain/meeting';
import type { ActionRow } from '../../../renderer/data/db';
import { dayNumber, isoDate, isoInstant, londonDateTime } from './dates';
import { PRACTITIONERS, VENUES } from './names';
import { makeHouseholds } from './household';
import { makePeople, type People } from './people';
import { chance, hexId, indexedHexId, int, pick, randomFor, type Random } from './random';
import { CASELOAD_TODAY, type CaseloadSize } from './size';
import { actionMeasure, actionWhat, minutesNotes, prose, type TextPeople } from './text';

export interface FamilyBundle {
  family: FamilyRecord;
  meetings: Meeting[];
  actions: ActionRow[];
}

const FIRST_START = dayNumber('2023-01-09');
const LAST_START = dayNumber('2026-06-01');
const TODAY = dayNumber(CASELOAD_TODAY);
const REVIEW_EVERY_DAYS = 42;

/** Family n's id, without generating the family: lets a benchmark ask for "family 137's plan". */
export function familyIdAt(seed: number, index: number): string {
  return hexId(randomFor(seed, 'family-id', index));
}

function meetingKind(m: number, count: number): MeetingKind {
  if (m === 0) return 'pre-meeting';
  if (m === 1) return 'first';
  return m === count - 1 && count > 3 ? 'closing' : 'review';
}

function textPeople(random: Random, people: People): TextPeople {
  const child = pick(random, people.children).name;
  const carer = pick(random, people.carers).name;
  return { child, carer, practitioner: pick(random, PRACTITIONERS) };
}

/** `index` numbers the meeting among all the caseload's meetings (its id ends with it). */
function meeting(random: Random, familyId: string, people: People, startDay: number, m: number, count: number, index: number): Meeting {
  const day = startDay + m * REVIEW_EVERY_DAYS + int(random, 0, 4);
  const minute = 9 * 60 + 15 * int(random, 0, 28);
  const stamp = isoInstant(day, minute + 120);
  return {
    id: indexedHexId(random, index),
    familyId,
    kind: meetingKind(m, count),
    startsAt: londonDateTime(day, minute),
    lengthMinutes: pick(random, [45, 60, 60, 90]),
    venue: pick(random, VENUES),
    notes: minutesNotes(random, textPeople(random, people), 1_500, 6_000),
    createdAt: isoInstant(day - 21, 600),
    updatedAt: stamp,
  };
}

function actionStatus(random: Random, dueDay: number | null): ActionStatus {
  const r = random();
  if (dueDay !== null && dueDay < TODAY) return r < 0.6 ? 'done' : r < 0.7 ? 'not-done' : r < 0.85 ? 'in-progress' : 'not-started';
  return r < 0.6 ? 'not-started' : r < 0.95 ? 'in-progress' : 'done';
}

/** `index` numbers the action among all the caseload's actions (its id ends with it). */
function action(random: Random, familyId: string, people: People, owning: Meeting, index: number): ActionRow {
  const meetingDay = dayNumber(owning.startsAt.slice(0, 10));
  const dueDay = chance(random, 0.05) ? null : meetingDay + int(random, 7, 84);
  const status = actionStatus(random, dueDay);
  const words = textPeople(random, people);
  const row: Action = {
    id: indexedHexId(random, index),
    familyId,
    meetingId: owning.id,
    childId: chance(random, 0.8) ? pick(random, people.children).id : null,
    what: actionWhat(random, words),
    ownerName: chance(random, 0.3) ? pick(random, people.carers).name : pick(random, PRACTITIONERS),
    dueDate: dueDay === null ? null : isoDate(dueDay),
    howWeWillKnow: actionMeasure(random, words),
    status,
    note: chance(random, 0.3) ? prose(random, words, 50, 600) : '',
    createdAt: owning.updatedAt,
    updatedAt: isoInstant(Math.min(TODAY, meetingDay + int(random, 0, 60)), 700),
  };
  return { ...row, isOpen: isOpenStatus(status) ? 1 : 0 };
}

export function familyBundle(seed: number, index: number, size: CaseloadSize): FamilyBundle {
  const random = randomFor(seed, 'family', index);
  const id = familyIdAt(seed, index);
  const people = makePeople(random);
  const startDay = int(random, FIRST_START, LAST_START);
  // Built as a v1 family and upgraded by the domain's own function, so new record fields get their defaults.
  const family: FamilyRecord = {
    ...upgradeFamilyV1({
      id,
      familyName: `${people.surname} family`,
      carers: people.carers,
      children: people.children,
      createdAt: isoInstant(startDay - 14, 610),
      updatedAt: isoInstant(startDay + int(random, 0, 300), 900),
      isPractice: false,
    }),
    households: makeHouseholds(random, people.carers, people.children),
  };
  const meetings = Array.from({ length: size.meetingsPerFamily }, (_, m) =>
    meeting(random, id, people, startDay, m, size.meetingsPerFamily, index * size.meetingsPerFamily + m),
  );
  const actions: ActionRow[] = [];
  for (let a = 0; a < size.actionsPerFamily; a++) {
    const owning = meetings[Math.floor((a * meetings.length) / size.actionsPerFamily)];
    if (owning) actions.push(action(random, id, people, owning, index * size.actionsPerFamily + a));
  }
  return { family, meetings, actions };
}
