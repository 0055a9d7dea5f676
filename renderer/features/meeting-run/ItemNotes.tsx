import { useEffect, useState } from 'react';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { ItemNote } from '../../../shared/domain/meeting-record';
import { durationWords, plannedWords, secondsOn, startItem, stopItem } from '../../../shared/rules/meeting-run/item-timer';
import { ReportsBesideItem } from '../briefings';
import { fieldClass, FieldMessages } from '../../components/fields/FieldMessages';
import type { MeetingSectionProps } from './section-props';

/** How often a running timer's minutes are worked out again on screen. */
const TICK_MS = 5_000;

export const notesId = (itemId: string) => `notes-${itemId}`;

/** Seconds on an item, worked out again every few seconds while it is timed. */
export function useSecondsOn(note: Pick<ItemNote, 'secondsTaken' | 'runningSince'>): number {
  const [now, setNow] = useState(() => new Date());
  const running = note.runningSince !== null;
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(new Date());
    const first = window.setTimeout(tick, 0);
    const timer = window.setInterval(tick, TICK_MS);
    return () => {
      window.clearTimeout(first);
      window.clearInterval(timer);
    };
  }, [running]);
  // A timer just started counts as running, never as "0 minutes".
  return note.runningSince !== null ? Math.max(1, secondsOn(note, now)) : secondsOn(note, now);
}

interface Props extends Pick<MeetingSectionProps, 'meeting' | 'change'> {
  note: ItemNote;
  item: AgendaItem | undefined;
  title: string;
  isFirstItem: boolean;
  /** Says what the timer did, for screen readers. */
  onAnnounce: (words: string) => void;
  /** Why these notes cannot be saved as typed (too long): shown at the field, everything else still saves. */
  problem?: string | undefined;
}

/** One agenda item's time (with a button to stop or start timing it) and its notes, with any reports sent for it. */
export function ItemNotes({ meeting, change, note, item, title, isFirstItem, onAnnounce, problem }: Props) {
  const taken = useSecondsOn(note);
  const running = note.runningSince !== null;
  return (
    <div className="run-item-notes">
      <div className="run-item__time-row">
        <p className="run-item__time">
          {item && <>Planned: {plannedWords(item.minutes)}. </>}
          Time taken: {taken === 0 && !running ? 'not timed yet' : durationWords(taken)}
          {running && <strong className="run-item__now"> (timing now)</strong>}
        </p>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={`${running ? 'Stop' : 'Start'} timing “${title}”`}
          onClick={() => {
            const now = new Date();
            if (running) {
              change((r) => stopItem(r, note.itemId, now));
              onAnnounce(`Stopped timing “${title}” after ${durationWords(secondsOn(note, now))}.`);
            } else {
              change((r) => startItem(r, note.itemId, now));
              onAnnounce(`Timing “${title}”.`);
            }
          }}
        >
          {running ? 'Stop timing' : 'Start timing'}
        </button>
      </div>
      <div className={fieldClass(problem)}>
        <label className="field__label" htmlFor={notesId(note.itemId)}>
          Notes<span className="visually-hidden"> on “{title}”</span>
        </label>
        <FieldMessages id={notesId(note.itemId)} error={problem} />
        <textarea
          id={notesId(note.itemId)}
          className="input input--full textarea run-textarea"
          rows={3}
          aria-describedby={problem ? `${notesId(note.itemId)}-error` : undefined}
          aria-invalid={problem ? true : undefined}
          value={note.notes}
          onChange={(e) => {
            const notes = e.target.value;
            change((r) => ({ ...r, itemNotes: r.itemNotes.map((n) => (n.itemId === note.itemId ? { ...n, notes } : n)) }));
          }}
        />
      </div>
      <ReportsBesideItem familyId={meeting.familyId} meetingId={meeting.id} itemId={note.itemId} isFirstItem={isFirstItem} />
    </div>
  );
}
