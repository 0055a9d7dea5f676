import type { ReactNode } from 'react';
import type { FieldError } from '../../../shared/domain/family';
import { BUSY_KINDS } from '../../../shared/domain/timetable';
import { DAYS_OF_WEEK, dayName } from '../../../shared/rules/clock';
import { focusById } from '../../components/focus';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/fields/DateField';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { SelectField } from '../../components/fields/SelectField';
import { BUSY_KIND_WORDS, emptyBusyRow, emptyDateRow, emptyPreferredRow, errorAt, fieldId, type BusyRow, type DateRow, type PreferredRow } from './week-draft';

const DAY_OPTIONS = DAYS_OF_WEEK.map((d) => ({ value: d, label: dayName(d) }));
const TIME_HINT = 'On the 24-hour clock, for example 09:00 or 17:30';

interface RowsProps<R> {
  /** Ids of every control start with this, then the path: `week-<person>-busy-0-end`. */
  prefix: string;
  /** Whose times these are, in the buttons' names: "Jo Shaw". */
  who: string;
  rows: R[];
  errors: readonly FieldError[];
  onChange(rows: R[]): void;
}

/** Adds a row and moves focus to its first field, so keyboard users carry on where the new row is. */
function addAndFocus(add: () => void, firstFieldId: string): void {
  add();
  window.setTimeout(() => focusById(firstFieldId), 0);
}

function replaceAt<R>(rows: R[], index: number, change: Partial<R>): R[] {
  return rows.map((r, i) => (i === index ? { ...r, ...change } : r));
}

function Times({ prefix, path, errors, start, end, onChange }: { prefix: string; path: string; errors: readonly FieldError[]; start: string; end: string; onChange(change: { start?: string; end?: string }): void }) {
  return (
    <div className="inline-fields">
      <TextField id={fieldId(prefix, `${path}.start`)} label="Start time" hint={TIME_HINT} width="short" inputMode="numeric" autoComplete="off" value={start} error={errorAt(errors, `${path}.start`)} onValueChange={(v) => onChange({ start: v })} />
      <TextField id={fieldId(prefix, `${path}.end`)} label="End time" hint={TIME_HINT} width="short" inputMode="numeric" autoComplete="off" value={end} error={errorAt(errors, `${path}.end`)} onValueChange={(v) => onChange({ end: v })} />
    </div>
  );
}

/** A weekly row's description and days. */
function WeeklyFields({ prefix, path, errors, row, hint, onChange }: { prefix: string; path: string; errors: readonly FieldError[]; row: BusyRow | PreferredRow; hint: string; onChange(change: Pick<BusyRow, 'label'> | Pick<BusyRow, 'days'>): void }) {
  return (
    <>
      <TextField id={fieldId(prefix, `${path}.label`)} label="Description (optional)" hint={hint} value={row.label} error={errorAt(errors, `${path}.label`)} onValueChange={(v) => onChange({ label: v })} />
      <CheckboxGroup id={fieldId(prefix, `${path}.days`)} legend="Days" error={errorAt(errors, `${path}.days`)} options={DAY_OPTIONS} values={row.days} onChange={(days) => onChange({ days: days as BusyRow['days'] })} />
    </>
  );
}

interface RowListProps<R extends { key: string; start: string; end: string }> extends RowsProps<R> {
  title: string;
  /** Said when there are no rows yet. */
  empty: string;
  /** The rows' place in the draft: `busy`, `preferred`, `unavailable`. */
  part: string;
  /** What one row is called, numbered in its legend and its remove button: "Weekly busy time". */
  noun: string;
  /** The field a new row's focus goes to. */
  first: string;
  /** The add button's words before and after the person's name. */
  addLabel: [before: string, after: string];
  emptyRow(): R;
  /** The row's own fields, before its start and end times. */
  fields(row: R, path: string, set: (change: Partial<R>) => void): ReactNode;
}

/** A list of time rows: each row's fields and times, a button to remove it, and one to add a row. */
function RowList<R extends { key: string; start: string; end: string }>({ prefix, who, rows, errors, onChange, title, empty, part, noun, first, addLabel, emptyRow, fields }: RowListProps<R>) {
  return (
    <div className="timetable-list">
      <h3 className="timetable-list__title">{title}</h3>
      {rows.length === 0 && <p className="summary__empty">{empty}</p>}
      {rows.map((row, i) => {
        const path = `${part}.${i}`;
        const set = (change: Partial<R>) => onChange(replaceAt(rows, i, change));
        return (
          <fieldset key={row.key} className="fieldset timetable-row">
            <legend className="fieldset__legend">
              {noun} {i + 1}
            </legend>
            {fields(row, path, set)}
            <Times prefix={prefix} path={path} errors={errors} start={row.start} end={row.end} onChange={set} />
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove {noun.toLowerCase()} {i + 1} for <bdi>{who}</bdi>
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => addAndFocus(() => onChange([...rows, emptyRow()]), fieldId(prefix, `${part}.${rows.length}.${first}`))}>
        {addLabel[0]} <bdi>{who}</bdi>
        {addLabel[1]}
      </button>
    </div>
  );
}

type ListWords = Pick<RowListProps<BusyRow>, 'title' | 'empty' | 'part' | 'noun' | 'first' | 'addLabel'>;

/** Each list's words, and the field a new row starts at. */
const LISTS: Record<'busy' | 'preferred' | 'unavailable', ListWords> = {
  busy: { title: 'Busy every week', empty: 'No weekly busy times yet.', part: 'busy', noun: 'Weekly busy time', first: 'kind', addLabel: ['Add a weekly busy time for', ''] },
  preferred: { title: 'Times that suit them', empty: 'No preferred times yet.', part: 'preferred', noun: 'Preferred time', first: 'label', addLabel: ['Add a time that suits', ''] },
  unavailable: { title: 'Dates they cannot make', empty: 'No dates yet.', part: 'unavailable', noun: 'Date', first: 'date', addLabel: ['Add a date', ' cannot make'] },
};

/** Weekly busy times: the school run, work shifts, caring, the school day. */
export function BusyTimesFields(props: RowsProps<BusyRow>) {
  const { prefix, errors } = props;
  return (
    <RowList
      {...props}
      {...LISTS.busy}
      emptyRow={() => emptyBusyRow()}
      fields={(row, path, set) => (
        <>
          <SelectField id={fieldId(prefix, `${path}.kind`)} label="What it is" value={row.kind} error={errorAt(errors, `${path}.kind`)} onValueChange={(v) => set({ kind: v as BusyRow['kind'] })}>
            <option value="">Choose…</option>
            {BUSY_KINDS.map((k) => (
              <option key={k} value={k}>
                {BUSY_KIND_WORDS[k]}
              </option>
            ))}
          </SelectField>
          <WeeklyFields prefix={prefix} path={path} errors={errors} row={row} hint="For example: Shift at the care home. Left empty, the kind is used." onChange={set} />
        </>
      )}
    />
  );
}

/** Times the person says suit them. */
export function PreferredTimesFields(props: RowsProps<PreferredRow>) {
  const { prefix, errors } = props;
  return (
    <RowList
      {...props}
      {...LISTS.preferred}
      emptyRow={emptyPreferredRow}
      fields={(row, path, set) => <WeeklyFields prefix={prefix} path={path} errors={errors} row={row} hint="For example: Tuesday mornings" onChange={set} />}
    />
  );
}

/** One-off dates the person cannot make: the whole day, or between two times. */
export function DatesFields(props: RowsProps<DateRow>) {
  const { prefix, errors } = props;
  return (
    <RowList
      {...props}
      {...LISTS.unavailable}
      emptyRow={emptyDateRow}
      fields={(row, path, set) => (
        <>
          <DateField id={fieldId(prefix, `${path}.date`)} label="Date" width="medium" value={row.date} error={errorAt(errors, `${path}.date`)} onValueChange={(v) => set({ date: v })} />
          <TextField id={fieldId(prefix, `${path}.label`)} label="What it is" hint="For example: Hospital appointment, Annual leave" value={row.label} error={errorAt(errors, `${path}.label`)} onValueChange={(v) => set({ label: v })} />
          <p className="field__hint">Leave the times empty if it is the whole day.</p>
        </>
      )}
    />
  );
}
