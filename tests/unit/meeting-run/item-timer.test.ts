import { describe, expect, it } from 'vitest';
import {
  durationWords,
  moveToNextItem,
  nextItemId,
  plannedWords,
  runningItemId,
  secondsOn,
  startItem,
  stopAllItems,
  stopItem,
} from '../../../shared/rules/meeting-run/item-timer';
import { newMeetingRecord } from '../../../shared/rules/meeting-run/start-record';
import { meeting, people } from './fixtures';

const at = (minute: number, second = 0) => new Date(Date.UTC(2026, 11, 3, 16, minute, second));
const fresh = () => newMeetingRecord(meeting(), people, at(0).toISOString());
const taken = (record: ReturnType<typeof fresh>, itemId: string, now: Date) => secondsOn(record.itemNotes.find((n) => n.itemId === itemId) ?? { secondsTaken: -1, runningSince: null }, now);

describe('timing agenda items', () => {
  it('counts the time since an item was started, and keeps it when stopped', () => {
    let record = startItem(fresh(), 'item-welcome', at(0));
    expect(runningItemId(record)).toBe('item-welcome');
    expect(taken(record, 'item-welcome', at(4, 30))).toBe(270);
    record = stopItem(record, 'item-welcome', at(5));
    expect(runningItemId(record)).toBeNull();
    expect(record.itemNotes[0]).toMatchObject({ secondsTaken: 300, runningSince: null });
    expect(taken(record, 'item-welcome', at(50))).toBe(300);
  });

  it('times one item at a time: starting another stops the first and keeps its time', () => {
    let record = startItem(fresh(), 'item-welcome', at(0));
    record = startItem(record, 'item-plan', at(3));
    expect(runningItemId(record)).toBe('item-plan');
    expect(record.itemNotes.find((n) => n.itemId === 'item-welcome')).toMatchObject({ secondsTaken: 180, runningSince: null });
    expect(taken(record, 'item-plan', at(10))).toBe(420);
  });

  it('adds up every time an item is taken', () => {
    let record = startItem(fresh(), 'item-welcome', at(0));
    record = startItem(record, 'item-voice', at(2));
    record = startItem(record, 'item-welcome', at(5));
    record = stopAllItems(record, at(6));
    expect(taken(record, 'item-welcome', at(30))).toBe(180);
    expect(taken(record, 'item-voice', at(30))).toBe(180);
    expect(runningItemId(record)).toBeNull();
  });

  it('changes nothing when starting the running item again, or stopping one that is not running', () => {
    const running = startItem(fresh(), 'item-welcome', at(0));
    expect(startItem(running, 'item-welcome', at(3))).toBe(running);
    expect(stopItem(running, 'item-plan', at(3))).toBe(running);
    expect(startItem(running, 'no-such-item', at(3))).toBe(running);
  });

  it('moves on to the next item in agenda order, and only stops at the last', () => {
    let record = startItem(fresh(), 'item-welcome', at(0));
    expect(nextItemId(record, 'item-welcome')).toBe('item-voice');
    record = moveToNextItem(record, 'item-welcome', at(1));
    expect(runningItemId(record)).toBe('item-voice');
    record = moveToNextItem(startItem(record, 'item-plan', at(2)), 'item-plan', at(4));
    expect(runningItemId(record)).toBeNull();
    expect(taken(record, 'item-plan', at(9))).toBe(120);
  });

  it('counts nothing for a timer started in the future (the clock was changed) or with an unreadable start', () => {
    expect(secondsOn({ secondsTaken: 60, runningSince: at(10).toISOString() }, at(5))).toBe(60);
    expect(secondsOn({ secondsTaken: 60, runningSince: 'not a time' }, at(5))).toBe(60);
  });

  it('counts at least a second for an item timed for less, so it never reads as not timed', () => {
    const record = stopItem(startItem(fresh(), 'item-welcome', at(0)), 'item-welcome', new Date(at(0).getTime() + 300));
    expect(record.itemNotes[0]?.secondsTaken).toBe(1);
  });

  it('never counts more than a day on one item', () => {
    expect(secondsOn({ secondsTaken: 86_000, runningSince: at(0).toISOString() }, new Date(at(0).getTime() + 3_600_000))).toBe(86_400);
  });
});

describe('time in words', () => {
  it.each([
    [0, '0 minutes'],
    [59, 'less than a minute'],
    [60, '1 minute'],
    [12 * 60 + 59, '12 minutes'],
    [3600, '1 hour'],
    [3900, '1 hour and 5 minutes'],
    [2 * 3600 + 60, '2 hours and 1 minute'],
  ])('%i seconds is “%s”', (seconds, words) => {
    expect(durationWords(seconds)).toBe(words);
  });

  it('says when an item has no planned time', () => {
    expect(plannedWords(0)).toBe('no time set');
    expect(plannedWords(15)).toBe('15 minutes');
  });
});
