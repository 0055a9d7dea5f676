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

/** Weekly busy times: the school run, work shifts, caring, the school day. */
export function BusyTimesFields({ prefix, who, rows, errors, onChange }: RowsProps<BusyRow>) {
  return (
    <div className="timetable-list">
      <h3 className="timetable-list__title">Busy every week</h3>
      {rows.length === 0 && <p className="summary__empty">No weekly busy times yet.</p>}
      {rows.map((row, i) => {
        const path = `busy.${i}`;
        const set = (change: Partial<BusyRow>) => onChange(replaceAt(rows, i, change));
        return (
          <fieldset key={row.key} className="fieldset timetable-row">
            <legend className="fieldset__legend">Weekly busy time {i + 1}</legend>
            <SelectField id={fieldId(prefix, `${path}.kind`)} label="What it is" value={row.kind} error={errorAt(errors, `${path}.kind`)} onValueChange={(v) => set({ kind: v as BusyRow['kind'] })}>
              <option value="">Choose…</option>
              {BUSY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {BUSY_KIND_WORDS[k]}
                </option>
              ))}
            </SelectField>
            <TextField id={fieldId(prefix, `${path}.label`)} label="Description (optional)" hint="For example: Shift at the care home. Left empty, the kind is used." value={row.label} error={errorAt(errors, `${path}.label`)} onValueChange={(v) => set({ label: v })} />
            <CheckboxGroup id={fieldId(prefix, `${path}.days`)} legend="Days" error={errorAt(errors, `${path}.days`)} options={DAY_OPTIONS} values={row.days} onChange={(days) => set({ days: days as BusyRow['days'] })} />
            <Times prefix={prefix} path={path} errors={errors} start={row.start} end={row.end} onChange={set} />
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove weekly busy time {i + 1} for <bdi>{who}</bdi>
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => addAndFocus(() => onChange([...rows, emptyBusyRow()]), fieldId(prefix, `busy.${rows.length}.kind`))}>
        Add a weekly busy time for <bdi>{who}</bdi>
      </button>
    </div>
  );
}

/** Times the person says suit them. */
export function PreferredTimesFields({ prefix, who, rows, errors, onChange }: RowsProps<PreferredRow>) {
  return (
    <div className="timetable-list">
      <h3 className="timetable-list__title">Times that suit them</h3>
      {rows.length === 0 && <p className="summary__empty">No preferred times yet.</p>}
      {rows.map((row, i) => {
        const path = `preferred.${i}`;
        const set = (change: Partial<PreferredRow>) => onChange(replaceAt(rows, i, change));
        return (
          <fieldset key={row.key} className="fieldset timetable-row">
            <legend className="fieldset__legend">Preferred time {i + 1}</legend>
            <TextField id={fieldId(prefix, `${path}.label`)} label="Description (optional)" hint="For example: Tuesday mornings" value={row.label} error={errorAt(errors, `${path}.label`)} onValueChange={(v) => set({ label: v })} />
            <CheckboxGroup id={fieldId(prefix, `${path}.days`)} legend="Days" error={errorAt(errors, `${path}.days`)} options={DAY_OPTIONS} values={row.days} onChange={(days) => set({ days: days as PreferredRow['days'] })} />
            <Times prefix={prefix} path={path} errors={errors} start={row.start} end={row.end} onChange={set} />
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove preferred time {i + 1} for <bdi>{who}</bdi>
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => addAndFocus(() => onChange([...rows, emptyPreferredRow()]), fieldId(prefix, `preferred.${rows.length}.label`))}>
        Add a time that suits <bdi>{who}</bdi>
      </button>
    </div>
  );
}

/** One-off dates the person cannot make: the whole day, or between two times. */
export function DatesFields({ prefix, who, rows, errors, onChange }: RowsProps<DateRow>) {
  return (
    <div className="timetable-list">
      <h3 className="timetable-list__title">Dates they cannot make</h3>
      {rows.length === 0 && <p className="summary__empty">No dates yet.</p>}
      {rows.map((row, i) => {
        const path = `unavailable.${i}`;
        const set = (change: Partial<DateRow>) => onChange(replaceAt(rows, i, change));
        return (
          <fieldset key={row.key} className="fieldset timetable-row">
            <legend className="fieldset__legend">Date {i + 1}</legend>
            <DateField id={fieldId(prefix, `${path}.date`)} label="Date" width="medium" value={row.date} error={errorAt(errors, `${path}.date`)} onValueChange={(v) => set({ date: v })} />
            <TextField id={fieldId(prefix, `${path}.label`)} label="What it is" hint="For example: Hospital appointment, Annual leave" value={row.label} error={errorAt(errors, `${path}.label`)} onValueChange={(v) => set({ label: v })} />
            <p className="field__hint">Leave the times empty if it is the whole day.</p>
            <Times prefix={prefix} path={path} errors={errors} start={row.start} end={row.end} onChange={set} />
            <button type="button" className="button button--secondary button--small" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
              Remove date {i + 1} for <bdi>{who}</bdi>
            </button>
          </fieldset>
        );
      })}
      <button type="button" className="button button--secondary" onClick={() => addAndFocus(() => onChange([...rows, emptyDateRow()]), fieldId(prefix, `unavailable.${rows.length}.date`))}>
        Add a date <bdi>{who}</bdi> cannot make
      </button>
    </div>
  );
}
