import { useState } from 'react';
import { addBankHoliday, LOCAL_HOLIDAY_NOTE, moveBankHoliday, removeBankHoliday, type BankHolidayEdit } from '../../../shared/rules/bank-holiday-edits';
import type { BankHolidayEvent, BankHolidayFile } from '../../../shared/rules/calendar-data';
import { formatLongDate } from '../../../shared/rules/dates';
import { TextField } from '../../components/TextField';
import { focusById } from '../../components/focus';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { UndoNotice, type UndoableRemoval } from '../../components/notices/UndoNotice';
import { useRepositories } from '../../data/hooks/useRepositories';
import { Section } from '../../components/Section';
import { SmallForm } from '../../components/form/SmallForm';
import { ColumnHeadings } from '../../components/ColumnHeadings';

const holidayName = (e: BankHolidayEvent) => (e.notes.trim() !== '' && e.notes !== LOCAL_HOLIDAY_NOTE ? `${e.title} (${e.notes.trim().toLowerCase()})` : e.title);

/**
 * The bank holidays meeting times avoid: shipped from gov.uk, and the area can add a local holiday,
 * move one the government moved, or take one off (with undo), and go back to the shipped list.
 */
export function BankHolidaysEditor({ file, shipped }: { file: BankHolidayFile; shipped: boolean }) {
  const { calendar } = useRepositories();
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const [removal, setRemoval] = useState<UndoableRemoval | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState('');
  const [moveError, setMoveError] = useState<string | undefined>(undefined);
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [addErrors, setAddErrors] = useState<{ date?: string; title?: string }>({});

  async function keep(edit: Extract<BankHolidayEdit, { ok: true }>, words: string, focus?: string): Promise<boolean> {
    setProblem(null);
    try {
      await calendar.saveBankHolidays(edit.file);
      setMessage(words);
      if (focus) window.setTimeout(() => focusById(focus), 0);
      return true;
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The bank holidays could not be saved.');
      return false;
    }
  }

  const remove = (event: BankHolidayEvent) => {
    const edit = removeBankHoliday(file, event.date);
    if (!edit.ok) {
      setProblem(edit.message);
      return;
    }
    setMoving(null);
    void keep(edit, '').then((kept) => {
      if (!kept) return;
      setRemoval((r) => ({
        key: (r?.key ?? 0) + 1,
        what: `${event.title} on ${formatLongDate(event.date)}`,
        undo: () => {
          setRemoval(null);
          void calendar.bankHolidays().then((current) => {
            if (current.events.some((e) => e.date === event.date)) return;
            const events = [...current.events, event].sort((a, b) => a.date.localeCompare(b.date));
            void keep({ ok: true, file: { ...current, events }, date: event.date }, `${event.title} is back on the list.`, `holiday-${event.date}`);
          });
        },
      }));
    });
  };

  const move = (event: BankHolidayEvent) => {
    const edit = moveBankHoliday(file, event.date, moveTo);
    if (!edit.ok) {
      setMoveError(edit.message);
      focusById('holiday-move-date');
      return;
    }
    setMoving(null);
    setMoveError(undefined);
    setRemoval(null);
    void keep(edit, `${event.title} moved to ${formatLongDate(edit.date)}.`, `holiday-${edit.date}`);
  };

  const add = () => {
    const edit = addBankHoliday(file, { date, title });
    if (!edit.ok) {
      setAddErrors({ [edit.field]: edit.message });
      focusById(edit.field === 'date' ? 'holiday-new-date' : 'holiday-new-title');
      return;
    }
    setAddErrors({});
    setRemoval(null);
    void keep(edit, `${title.trim()} on ${formatLongDate(edit.date)} added.`, `holiday-${edit.date}`).then((kept) => {
      if (!kept) return;
      setDate('');
      setTitle('');
    });
  };

  return (
    <Section headingId="bank-holidays-heading" title="Bank holidays in England and Wales">
      <p>
        {shipped ? 'These come with the app, written out from the government’s list at gov.uk/bank-holidays' : 'Your area has changed the list that came with the app'}
        {shipped && file.retrieved ? ` (checked on ${formatLongDate(file.retrieved)})` : ''}. The app makes no network requests, so it does not update them itself: if
        the government adds or moves a bank holiday, or your area has a local holiday, change the list here.
      </p>
      {file.licence && <p className="field__hint">{file.licence}</p>}
      <SaveProblem message={problem} />
      <p className="visually-hidden" role="status">
        {message}
      </p>
      <UndoNotice removal={removal} onDismiss={() => setRemoval(null)} />
      <div className="table-scroll">
        <table className="data-table">
          <caption className="visually-hidden">Bank holidays</caption>
          <ColumnHeadings headings={['Date', 'Bank holiday']} hiddenLast="Change" />
          <tbody>
            {file.events.map((e) => (
              <tr key={e.date}>
                <td id={`holiday-${e.date}`} tabIndex={-1}>
                  {formatLongDate(e.date)}
                </td>
                <td>
                  {holidayName(e)}
                  {e.notes === LOCAL_HOLIDAY_NOTE && <span className="hint-text"> (added by your area)</span>}
                </td>
                <td>
                  {moving === e.date ? (
                    <div className="inline-form">
                      <TextField id="holiday-move-date" label={`New date for ${e.title}`} hint="For example, 03/05/2027" width="medium" value={moveTo} error={moveError} onValueChange={setMoveTo} />
                      <div className="button-group">
                        <button type="button" className="button button--small" onClick={() => move(e)}>
                          Move<span className="visually-hidden"> {e.title}</span>
                        </button>
                        <button type="button" className="button button--secondary button--small" onClick={() => setMoving(null)}>
                          Keep the date<span className="visually-hidden"> of {e.title}</span>
                        </button>
                      </div>
                    </div>
                  ) : (
                    <div className="button-group">
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        onClick={() => {
                          setMoving(e.date);
                          setMoveTo('');
                          setMoveError(undefined);
                          window.setTimeout(() => focusById('holiday-move-date'), 0);
                        }}
                      >
                        Change the date<span className="visually-hidden"> of {e.title} on {formatLongDate(e.date)}</span>
                      </button>
                      <button type="button" className="button button--warning button--small" onClick={() => remove(e)}>
                        Remove<span className="visually-hidden"> {e.title} on {formatLongDate(e.date)}</span>
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SmallForm headingId="holiday-add-heading" title="Add a holiday" submitLabel="Add the holiday" onSubmit={add}>
        <p className="hint-text">For example a local holiday in your area, or a bank holiday the government announced after this list was made.</p>
        <TextField id="holiday-new-date" label="Date" hint="For example, 03/05/2027" width="medium" value={date} error={addErrors.date} onValueChange={setDate} />
        <TextField id="holiday-new-title" label="Name of the holiday" value={title} error={addErrors.title} onValueChange={setTitle} />
      </SmallForm>
      {!shipped && (
        <div className="button-group">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setRemoval(null);
              void calendar.resetBankHolidays().then(
                () => setMessage('The bank holidays that came with the app are back.'),
                (error: unknown) => setProblem(error instanceof Error ? error.message : 'The list could not be reset.'),
              );
            }}
          >
            Go back to the bank holidays that came with the app
          </button>
        </div>
      )}
    </Section>
  );
}
