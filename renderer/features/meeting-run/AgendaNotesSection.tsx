import { useEffect, useState } from 'react';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { ItemNote } from '../../../shared/domain/meeting-record';
import { durationWords, moveToNextItem, nextItemId, plannedWords, secondsOn, startItem, stopItem } from '../../../shared/rules/meeting-run/item-timer';
import { problemAt } from '../../../shared/rules/meeting-run/saveable';
import { ReportsBesideItem } from '../briefings';
import { fieldClass, FieldMessages } from '../../components/fields/FieldMessages';
import { useFocusAfter } from '../../components/useFocusAfter';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';

export const AGENDA_HEADING_ID = 'run-agenda';

const notesId = (itemId: string) => `notes-${itemId}`;

/** How often a running timer's minutes are worked out again on screen. */
const TICK_MS = 5_000;

/** The agenda in its order: notes for each item, its planned time and the time it took, with a timer. */
export function AgendaNotesSection({ meeting, record, change, problems }: MeetingSectionProps) {
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useFocusAfter();
  const items = new Map((meeting.agenda?.items ?? []).map((item) => [item.id, item]));
  const titleOf = (itemId: string) => items.get(itemId)?.title ?? 'An item taken off the agenda';


  if (record.itemNotes.length === 0) {
    return (
      <section aria-labelledby={AGENDA_HEADING_ID} className="run-section">
        <RunHeading id={AGENDA_HEADING_ID}>Agenda and notes</RunHeading>
        <p>This meeting has no agenda. Add items on the meeting’s page, or use the sections below.</p>
      </section>
    );
  }

  return (
    <section aria-labelledby={AGENDA_HEADING_ID} className="run-section">
      <RunHeading id={AGENDA_HEADING_ID}>Agenda and notes</RunHeading>
      <p>Notes are saved as you type. Start timing an item when the team turns to it; starting another item stops the one before.</p>
      <ol className="run-items">
        {record.itemNotes.map((note, index) => {
          const title = titleOf(note.itemId);
          const next = nextItemId(record, note.itemId);
          const problem = problemAt(problems, 'itemNotes', index, 'notes');
          return (
            <li key={note.itemId} className={`run-item${note.runningSince !== null ? ' run-item--current' : ''}`}>
              <h3 className="run-item__title">
                {index + 1}. {title}
              </h3>
              {items.get(note.itemId)?.description && <p className="run-muted">{items.get(note.itemId)?.description}</p>}
              <ItemTime note={note} item={items.get(note.itemId)} />
              <div className="run-item__buttons">
                {note.runningSince === null ? (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Start timing “${title}”`}
                    onClick={() => {
                      change((r) => startItem(r, note.itemId, new Date()));
                      setAnnouncement(`Timing “${title}”.`);
                    }}
                  >
                    Start timing
                  </button>
                ) : (
                  <>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Stop timing “${title}”`}
                      onClick={() => {
                        const now = new Date();
                        change((r) => stopItem(r, note.itemId, now));
                        setAnnouncement(`Stopped timing “${title}” after ${durationWords(secondsOn(note, now))}.`);
                      }}
                    >
                      Stop timing
                    </button>
                    {next !== null && (
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-label={`Next item: stop “${title}” and start “${titleOf(next)}”`}
                        onClick={() => {
                          change((r) => moveToNextItem(r, note.itemId, new Date()));
                          setAnnouncement(`Timing “${titleOf(next)}”.`);
                          focusAfter(notesId(next));
                        }}
                      >
                        Next item
                      </button>
                    )}
                  </>
                )}
              </div>
              <div className={fieldClass(problem)}>
                <label className="field__label" htmlFor={notesId(note.itemId)}>
                  Notes<span className="visually-hidden"> on “{title}”</span>
                </label>
                <FieldMessages id={notesId(note.itemId)} error={problem} />
                <textarea
                  id={notesId(note.itemId)}
                  className="input input--full textarea run-textarea"
                  rows={4}
                  aria-describedby={problem ? `${notesId(note.itemId)}-error` : undefined}
                  aria-invalid={problem ? true : undefined}
                  value={note.notes}
                  onChange={(e) => {
                    const notes = e.target.value;
                    change((r) => ({ ...r, itemNotes: r.itemNotes.map((n) => (n.itemId === note.itemId ? { ...n, notes } : n)) }));
                  }}
                />
              </div>
              <ReportsBesideItem familyId={meeting.familyId} meetingId={meeting.id} itemId={note.itemId} isFirstItem={index === 0} />
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

/** "Planned: 10 minutes. Taken: 3 minutes (timing now)." Worked out again every few seconds while timing. */
function ItemTime({ note, item }: { note: ItemNote; item: AgendaItem | undefined }) {
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
  const taken = secondsOn(note, now);
  return (
    <p className="run-item__time">
      {item && <>Planned: {plannedWords(item.minutes)}. </>}
      Time taken: {taken === 0 && !running ? 'not timed yet' : durationWords(taken)}
      {running && <strong className="run-item__now"> (timing now)</strong>}
    </p>
  );
}
