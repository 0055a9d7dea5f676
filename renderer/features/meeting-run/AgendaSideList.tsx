import { memo } from 'react';
import { Link } from 'react-router';
import type { AgendaItem } from '../../../shared/domain/agenda';
import type { ItemNote } from '../../../shared/domain/meeting-record';
import type { RunStep } from '../../../shared/rules/meeting-run/agenda-parts';
import { durationWords, plannedWords } from '../../../shared/rules/meeting-run/item-timer';
import { useSecondsOn } from './ItemNotes';

export interface SideEntry {
  step: RunStep;
  /** "Notes, 2 going well", or "Nothing yet". */
  filled: string;
  note: ItemNote | undefined;
  item: AgendaItem | undefined;
}

interface Props {
  entries: readonly SideEntry[];
  currentKey: string;
  /** Called as a link is followed, before the page moves: the timer moves with the chair. */
  onFollow: (key: string) => void;
}

export const stepSearch = (key: string) => `?item=${encodeURIComponent(key)}`;

/** What the side list shows of an entry: equal signatures draw the same, so a key press in the notes leaves the list alone. */
function signature({ step, filled, note, item }: SideEntry): string {
  const title = step.kind === 'item' ? `${step.number}. ${step.title}` : step.title;
  return [step.key, step.kind, title, filled, note?.secondsTaken ?? '', note?.runningSince ?? '', item?.minutes ?? ''].join('\u0000');
}

function sameList(a: Props, b: Props): boolean {
  return a.currentKey === b.currentKey && a.onFollow === b.onFollow && a.entries.length === b.entries.length && a.entries.every((e, i) => signature(e) === signature(b.entries[i] as SideEntry));
}

/**
 * The agenda down the side: "Who is here", each item with its time and what is filled, and "Finish the meeting".
 * Drawn again only when what it shows changes (give it a stable `onFollow`): typing notes on the live
 * screen changes the record with every key, and the list need not follow.
 */
export const AgendaSideList = memo(function AgendaSideList({ entries, currentKey, onFollow }: Props) {
  return (
    <nav className="run-agenda" aria-label="Agenda">
      <ol className="run-agenda__list">
        {entries.map(({ step, filled, note, item }) => {
          const current = step.key === currentKey;
          return (
            <li key={step.key} className={`run-agenda__entry${current ? ' run-agenda__entry--current' : ''}${step.kind === 'item' ? '' : ' run-agenda__entry--frame'}`}>
              <Link to={{ search: stepSearch(step.key) }} replace aria-current={current ? 'step' : undefined} className="run-agenda__link" onClick={() => onFollow(step.key)}>
                {step.kind === 'item' ? `${step.number}. ${step.title}` : step.title}
              </Link>
              <span className="run-agenda__meta">
                {note !== undefined && <ItemTimeShort note={note} planned={item?.minutes} />}
                {step.kind !== 'finish' && <span className="run-agenda__filled">{filled}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}, sameList);

/** "3 minutes of 10" while or after timing; "10 minutes planned" before. */
function ItemTimeShort({ note, planned }: { note: ItemNote; planned: number | undefined }) {
  const taken = useSecondsOn(note);
  const running = note.runningSince !== null;
  const plan = planned === undefined ? '' : plannedWords(planned);
  if (taken === 0 && !running) return <span className="run-agenda__time">{plan === '' ? '' : `${plan} planned. `}</span>;
  return (
    <span className="run-agenda__time">
      {durationWords(taken)} taken{plan === '' ? '' : ` of ${plan}`}
      {running ? ' (now)' : ''}.{' '}
    </span>
  );
}
