import { useEffect, useRef, useState } from 'react';
import type { Agenda, AgendaItem } from '../../../shared/domain/agenda';
import { newId } from '../../../shared/domain/ids';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { addItem, checkAgenda, moveItem, removeItem, restoreItem, setChildAttends, setMinutes, totalMinutes } from '../../../shared/rules/agenda';
import { describeMinutes } from '../../../shared/rules/agenda-output';
import { TextField } from '../../components/TextField';
import { UndoNotice, type UndoableRemoval } from '../../components/notices/UndoNotice';
import { Section } from '../../components/Section';
import { useFocusWhen } from '../../components/useFocusWhen';

interface Props {
  meeting: PlannedMeeting;
  /** Saves the changed agenda; rejects with a message the editor shows. */
  onSave(agenda: Agenda): Promise<void>;
}

type FocusTarget = { id: string; control: 'up' | 'down' | 'title' } | { id: 'heading'; control: 'heading' };

/**
 * The chair's agenda: move items up and down (focus stays on the moved item, and the move is
 * announced), add, remove (an action review with open actions is refused, with the reason), set
 * minutes, and say whether the child is in the room for each item.
 */
export function AgendaEditor({ meeting, onSave }: Props) {
  const [agenda, setAgenda] = useState<Agenda>(meeting.agenda ?? { meetingKind: meeting.kind, items: [] });
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // Where focus goes after the next render: set by a move, add or remove.
  const pendingFocus = useRef<FocusTarget | null>(null);
  const [newTitle, setNewTitle] = useState('');
  const [newMinutes, setNewMinutes] = useState('10');
  const [addError, setAddError] = useState<string | undefined>(undefined);
  const [minutesText, setMinutesText] = useState<Record<string, string>>({});
  const [minutesError, setMinutesError] = useState<Record<string, string>>({});
  const [removal, setRemoval] = useState<UndoableRemoval | null>(null);
  // The agenda as last rendered, for an undo pressed after other changes.
  const latest = useRef(agenda);
  useEffect(() => {
    latest.current = agenda;
  }, [agenda]);
  // Saves run one after another, so the last change made is the one stored.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    const id = focus.control === 'heading' ? 'agenda-heading' : `agenda-${focus.id}-${focus.control}`;
    document.getElementById(id)?.focus();
  });
  const problemRef = useFocusWhen<HTMLDivElement>(problem);

  const commit = async (next: Agenda, message: string, target?: FocusTarget, keepUndo = false) => {
    setAgenda(next);
    if (!keepUndo) setRemoval(null);
    setProblem(null);
    setAnnouncement(message);
    if (target) pendingFocus.current = target;
    const run = queue.current.then(() => onSave(next));
    queue.current = run.catch(() => undefined);
    try {
      await run;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The agenda could not be saved.');
    }
  };

  const move = (item: AgendaItem, direction: 'up' | 'down') => {
    const next = moveItem(agenda, item.id, direction);
    if (next === agenda) return;
    const at = next.items.findIndex((i) => i.id === item.id);
    // Keep focus on the same button unless the item reached the end where that button is gone.
    const control = direction === 'up' ? (at === 0 ? 'down' : 'up') : at === next.items.length - 1 ? 'up' : 'down';
    void commit(next, `“${item.title}” moved ${direction} to number ${at + 1} of ${next.items.length}.`, { id: item.id, control });
  };

  const remove = (item: AgendaItem) => {
    const result = removeItem(agenda, item.id);
    if (!result.ok) {
      setAnnouncement('');
      setProblem(result.message);
      return;
    }
    const index = agenda.items.findIndex((i) => i.id === item.id);
    // Focus goes to the notice, whose Undo is the next Tab; the live region stays quiet, as the notice speaks.
    void commit(result.agenda, '', undefined, true);
    setRemoval((r) => ({
      key: (r?.key ?? 0) + 1,
      what: `“${item.title}”`,
      undo: () => void commit(restoreItem(latest.current, item, index), `“${item.title}” put back on the agenda.`, { id: item.id, control: 'title' }),
    }));
  };

  const changeMinutes = (item: AgendaItem, text: string) => {
    setMinutesText((m) => ({ ...m, [item.id]: text }));
    const value = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
    const result = setMinutes(agenda, item.id, value);
    if (!result.ok) {
      setMinutesError((e) => ({ ...e, [item.id]: result.message }));
      return;
    }
    setMinutesError(({ [item.id]: _gone, ...rest }) => rest);
    void commit(result.agenda, '');
  };

  const add = () => {
    const minutes = /^\d+$/.test(newMinutes.trim()) ? Number(newMinutes.trim()) : Number.NaN;
    const id = newId();
    const result = addItem(agenda, { id, title: newTitle, minutes, childAttends: false });
    if (!result.ok) {
      setAddError(result.message);
      return;
    }
    setAddError(undefined);
    setNewTitle('');
    setNewMinutes('10');
    void commit(result.agenda, `“${newTitle.trim()}” added at the end of the agenda.`, { id, control: 'title' });
  };

  const total = totalMinutes(agenda);
  const warnings = checkAgenda(agenda, meeting.lengthMinutes);

  return (
    <Section headingId="agenda-heading" title="Agenda" focusable>
      <div role="status" aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {problem && (
        <div className="notice notice--problem" role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </div>
      )}
      <p>
        The items add up to {describeMinutes(total)}. The meeting is booked for {describeMinutes(meeting.lengthMinutes)}.
      </p>
      {warnings.length > 0 && (
        <ul className="agenda-warnings">
          {warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <UndoNotice removal={removal} onDismiss={() => setRemoval(null)} />
      <ol className="agenda-list">
        {agenda.items.map((item, index) => (
          <li key={item.id} className="agenda-item">
            <h3 className="agenda-item__title" id={`agenda-${item.id}-title`} tabIndex={-1}>
              {item.title}
            </h3>
            {item.description && <p className="hint-text">{item.description}</p>}
            {item.kind === 'action-review' && (
              <p>{(item.actionIds?.length ?? 0) === 0 ? 'No open actions to look at.' : `${item.actionIds?.length ?? 0} open action${item.actionIds?.length === 1 ? '' : 's'} from the last plan to look at.`}</p>
            )}
            <TextField
              id={`agenda-${item.id}-minutes`}
              label={`Minutes for “${item.title}”`}
              width="short"
              inputMode="numeric"
              value={minutesText[item.id] ?? String(item.minutes)}
              error={minutesError[item.id]}
              onValueChange={(v) => changeMinutes(item, v)}
            />
            {meeting.childAttends && (
              <div className="choice">
                <input
                  className="choice__input"
                  type="checkbox"
                  id={`agenda-${item.id}-child`}
                  checked={item.childAttends}
                  onChange={(e) => void commit(setChildAttends(agenda, item.id, e.target.checked), '')}
                />
                <label className="choice__label" htmlFor={`agenda-${item.id}-child`}>
                  The child or young person is there for “{item.title}”
                </label>
              </div>
            )}
            <div className="button-group">
              {index > 0 && (
                <button type="button" className="button button--secondary button--small" id={`agenda-${item.id}-up`} onClick={() => move(item, 'up')}>
                  Move up<span className="visually-hidden"> ({item.title})</span>
                </button>
              )}
              {index < agenda.items.length - 1 && (
                <button type="button" className="button button--secondary button--small" id={`agenda-${item.id}-down`} onClick={() => move(item, 'down')}>
                  Move down<span className="visually-hidden"> ({item.title})</span>
                </button>
              )}
              <button type="button" className="button button--warning button--small" onClick={() => remove(item)}>
                Remove<span className="visually-hidden"> ({item.title})</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <h3>Add an item</h3>
      <TextField id="agenda-new-title" label="Title of the new item" value={newTitle} error={addError} onValueChange={setNewTitle} />
      <TextField id="agenda-new-minutes" label="Minutes for the new item" width="short" inputMode="numeric" value={newMinutes} onValueChange={setNewMinutes} />
      <div className="button-group">
        <button type="button" className="button button--secondary" onClick={add}>
          Add the item
        </button>
      </div>
    </Section>
  );
}
