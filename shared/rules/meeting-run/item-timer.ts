/**
 * Timing agenda items. One item is timed at a time: starting an item stops the one before, and
 * each item adds up all the time it was taken. A running timer is stored as the instant it was
 * started, so a closed window or a crash does not lose the time.
 */
import type { ItemNote, MeetingRecord } from '../../domain/meeting-record';

/** The most time one item can record: a day, as the record's schema allows. */
const MAX_SECONDS_ON_ITEM = 86_400;

const clamp = (seconds: number) => Math.min(MAX_SECONDS_ON_ITEM, Math.max(0, Math.floor(seconds)));

function since(runningSince: string | null, now: Date): number {
  if (runningSince === null) return 0;
  const started = Date.parse(runningSince);
  // A timer started "in the future" (the computer's clock was changed) counts nothing.
  return Number.isNaN(started) ? 0 : Math.max(0, (now.getTime() - started) / 1000);
}

/** Seconds taken on an item so far, including the time since its timer was started. */
export function secondsOn(note: Pick<ItemNote, 'secondsTaken' | 'runningSince'>, now: Date): number {
  return clamp(note.secondsTaken + since(note.runningSince, now));
}

/** An item that was timed counts at least a second, so it never reads as "not timed yet". */
function stopped(note: ItemNote, now: Date): ItemNote {
  return note.runningSince === null ? note : { ...note, secondsTaken: Math.max(1, secondsOn(note, now)), runningSince: null };
}

/** The item being timed now, or null. */
export function runningItemId(record: Pick<MeetingRecord, 'itemNotes'>): string | null {
  return record.itemNotes.find((n) => n.runningSince !== null)?.itemId ?? null;
}

/** Starts timing one item and stops any other. Starting the item already running changes nothing. */
export function startItem(record: MeetingRecord, itemId: string, now: Date): MeetingRecord {
  const target = record.itemNotes.find((n) => n.itemId === itemId);
  if (!target || target.runningSince !== null) return record;
  return {
    ...record,
    itemNotes: record.itemNotes.map((n) => (n.itemId === itemId ? { ...n, runningSince: now.toISOString() } : stopped(n, now))),
  };
}

/** Stops timing an item, adding the time since it was started. */
export function stopItem(record: MeetingRecord, itemId: string, now: Date): MeetingRecord {
  const target = record.itemNotes.find((n) => n.itemId === itemId);
  if (!target || target.runningSince === null) return record;
  return { ...record, itemNotes: record.itemNotes.map((n) => (n.itemId === itemId ? stopped(n, now) : n)) };
}

/** Stops whatever is being timed (at the end of the meeting). */
export function stopAllItems(record: MeetingRecord, now: Date): MeetingRecord {
  if (runningItemId(record) === null) return record;
  return { ...record, itemNotes: record.itemNotes.map((n) => stopped(n, now)) };
}

/** The item after this one in the record's (the agenda's) order, or null for the last. */
export function nextItemId(record: Pick<MeetingRecord, 'itemNotes'>, itemId: string): string | null {
  const at = record.itemNotes.findIndex((n) => n.itemId === itemId);
  return at < 0 ? null : (record.itemNotes[at + 1]?.itemId ?? null);
}

/** Stops this item and starts the next, or just stops it when it is the last. */
export function moveToNextItem(record: MeetingRecord, itemId: string, now: Date): MeetingRecord {
  const next = nextItemId(record, itemId);
  return next === null ? stopItem(record, itemId, now) : startItem(record, next, now);
}

/** "less than a minute", "1 minute", "12 minutes", "1 hour", "1 hour and 5 minutes". Whole minutes, rounded down. */
export function durationWords(seconds: number): string {
  const whole = clamp(seconds);
  if (whole > 0 && whole < 60) return 'less than a minute';
  const minutes = Math.floor(whole / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const m = `${rest} minute${rest === 1 ? '' : 's'}`;
  if (hours === 0) return m;
  const h = `${hours} hour${hours === 1 ? '' : 's'}`;
  return rest === 0 ? h : `${h} and ${m}`;
}

/** "10 minutes" for an item's planned time; "no time set" for 0. */
export function plannedWords(minutes: number): string {
  return minutes <= 0 ? 'no time set' : durationWords(minutes * 60);
}
