import { useState, type KeyboardEvent } from 'react';
import { newId } from '../../../shared/domain/ids';
import { problemAt } from '../../../shared/rules/meeting-run/saveable';
import { fieldClass, FieldMessages } from '../../components/fields/FieldMessages';
import { addListEntry, removeListEntry, restoreListEntry, setListEntry, type ListName } from '../../../shared/rules/meeting-run/record-edits';
import { useFocusAfter } from '../../components/useFocusAfter';
import { UndoNotice, type UndoableRemoval } from '../../components/notices/UndoNotice';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';

interface ListWords {
  headingId: string;
  title: string;
  intro: string;
  /** One entry, numbered: "Going well 2". */
  entry: string;
  add: string;
  empty: string;
}

export const LIST_WORDS: Record<ListName, ListWords> = {
  goingWell: {
    headingId: 'run-going-well',
    title: 'What is going well',
    intro: 'Start with strengths: what the family and the child are doing well, and what is helping.',
    entry: 'Going well',
    add: 'Add something that is going well',
    empty: 'Nothing written yet.',
  },
  worries: {
    headingId: 'run-worries',
    title: 'What we are worried about',
    intro: 'Say each worry clearly and kindly, in words the family would use.',
    entry: 'Worry',
    add: 'Add a worry',
    empty: 'Nothing written yet.',
  },
  needsToHappen: {
    headingId: 'run-needs-to-happen',
    title: 'What needs to happen',
    intro: 'What needs to change for the child. The actions, with who and by when, come later.',
    entry: 'Needs to happen',
    add: 'Add something that needs to happen',
    empty: 'Nothing written yet.',
  },
};

const entryId = (list: ListName, id: string) => `${list}-${id}`;

/** The start of an entry, for the undo notice: enough to know which one it was. */
const shortened = (text: string) => {
  const words = text.trim().replace(/\s+/g, ' ');
  return words.length > 60 ? `${words.slice(0, 59)}…` : words;
};

/**
 * One of the three lists. Enter in an entry starts a new one below it (Shift and Enter for a new
 * line in the same entry); Backspace in an empty entry removes it.
 */
export function ListSection({ list, record, change, problems }: MeetingSectionProps & { list: ListName }) {
  const words = LIST_WORDS[list];
  const entries = record[list];
  const focusAfter = useFocusAfter();
  const [announcement, setAnnouncement] = useState('');
  const [removal, setRemoval] = useState<UndoableRemoval | null>(null);
  const problemOf = (index: number) => problemAt(problems, list, index, 'text');

  const add = (afterId?: string) => {
    setRemoval(null);
    const id = newId();
    change((r) => addListEntry(r, list, id, afterId));
    focusAfter(entryId(list, id));
  };

  /** An entry with words in it can be put back (the notice takes focus); an empty one just goes. */
  const remove = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    const neighbour = entries[index - 1] ?? entries[index + 1];
    change((r) => removeListEntry(r, list, entry.id));
    if (entry.text.trim() === '') {
      setAnnouncement(`${words.entry} ${index + 1} removed.`);
      focusAfter(neighbour ? entryId(list, neighbour.id) : `${list}-add`);
      return;
    }
    setAnnouncement('');
    setRemoval((r) => ({
      key: (r?.key ?? 0) + 1,
      what: `“${shortened(entry.text)}”`,
      undo: () => {
        setRemoval(null);
        change((rec) => restoreListEntry(rec, list, entry, index));
        setAnnouncement(`${words.entry} ${index + 1} is back.`);
        focusAfter(entryId(list, entry.id));
      },
    }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>, index: number, id: string, text: string) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      add(id);
    } else if (event.key === 'Backspace' && text === '' && entries.length > 0) {
      event.preventDefault();
      remove(index);
    }
  };

  return (
    <section aria-labelledby={words.headingId} className="run-section">
      <RunHeading id={words.headingId}>{words.title}</RunHeading>
      <p id={`${list}-hint`}>
        {words.intro} Press Enter to start the next one, or Shift and Enter for a new line.
      </p>
      <UndoNotice removal={removal} onDismiss={() => setRemoval(null)} />
      {entries.length === 0 ? (
        <p className="run-muted">{words.empty}</p>
      ) : (
        <ol className="run-list">
          {entries.map((entry, index) => (
            <li key={entry.id} className={problemOf(index) ? `run-list__entry run-list__entry--problem ${fieldClass(problemOf(index))}` : 'run-list__entry'}>
              <label className="visually-hidden" htmlFor={entryId(list, entry.id)}>
                {words.entry} {index + 1}
              </label>
              <FieldMessages id={entryId(list, entry.id)} error={problemOf(index)} />
              <textarea
                id={entryId(list, entry.id)}
                className="input input--full textarea run-textarea"
                rows={2}
                aria-describedby={problemOf(index) ? `${list}-hint ${entryId(list, entry.id)}-error` : `${list}-hint`}
                aria-invalid={problemOf(index) ? true : undefined}
                value={entry.text}
                onChange={(e) => {
                  const text = e.target.value;
                  change((r) => setListEntry(r, list, entry.id, text));
                }}
                onKeyDown={(e) => onKeyDown(e, index, entry.id, entry.text)}
              />
              <button type="button" className="button button--secondary button--small" aria-label={`Remove ${words.entry.toLocaleLowerCase('en-GB')} ${index + 1}`} onClick={() => remove(index)}>
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" id={`${list}-add`} className="button button--secondary" onClick={() => add()}>
        {words.add}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
