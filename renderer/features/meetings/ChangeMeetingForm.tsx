import { useState } from 'react';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { TextField } from '../../components/TextField';
import { TextAreaField } from '../../components/TextAreaField';
import { focusById } from '../../components/focus';
import { summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { TimeField } from '../../components/fields/TimeField';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { Validated } from '../../../shared/domain/family';
import { londonStart, splitStart } from './meeting-form';
import { TimeWarnings } from './TimeWarnings';
import { ChildComingQuestion } from './ChildComingQuestion';
import type { ChildChoice } from '../../../shared/domain/child-coming';
import { knownAs } from '../../../shared/domain/person';
import { choiceProblem } from '../../../shared/rules/child-items';
import { choicesFromStored, storedChoices, withChildTicks } from '../../../shared/rules/child-attendance';
import { Section } from '../../components/Section';
import { SmallForm } from '../../components/form/SmallForm';
import { FormActions } from '../../components/form/FormActions';

/** Change the date, time, length or place, or cancel: each change is logged, and the family must be told first. */
export function ChangeMeetingForm({ meeting, family, onChanged }: { meeting: PlannedMeeting; family: FamilyRecord; onChanged(message: string): void }) {
  const { meetings } = useRepositories();
  const start = splitStart(meeting.startsAt) ?? { date: '', time: '' };
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [length, setLength] = useState(String(meeting.lengthMinutes));
  const placeName = meeting.place?.kind === 'place' ? meeting.place.name : null;
  const [name, setName] = useState(placeName ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const cancelled = meeting.status === 'cancelled';
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>(undefined);
  // Child by child, when they come. A meeting planned before this was asked starts from its yes or no.
  const agendaItems = meeting.agenda?.items ?? [];
  const [childChoices, setChildChoices] = useState<Record<string, ChildChoice>>(() =>
    meeting.childrenComing !== null
      ? choicesFromStored(meeting.childrenComing, meeting.agenda)
      : Object.fromEntries(family.children.map((c) => [c.id, { comes: meeting.childAttends ? 'whole' : 'no', items: [] }])),
  );
  const [childrenTouched, setChildrenTouched] = useState(false);
  const choiceOf = (childId: string): ChildChoice => childChoices[childId] ?? { comes: 'no', items: [] };

  const form = useFormSubmit({
    check: (): Validated<{ startsAt: string; minutes: number }> => {
      const found: Array<{ path: string; message: string }> = [];
      const parsed = londonStart(date, time);
      if (!parsed.ok) found.push({ path: parsed.field === 'date' ? 'change-date' : 'change-time', message: parsed.message });
      const minutes = Number(length.trim());
      if (!/^\d+$/.test(length.trim()) || minutes < 15 || minutes > 480) found.push({ path: 'change-length', message: 'Enter the length in minutes, from 15 to 480' });
      if (placeName !== null && name.trim() === '') found.push({ path: 'change-place', message: 'Enter the name of the place' });
      for (const child of family.children) {
        const problem = choiceProblem(choiceOf(child.id), knownAs(child));
        if (problem !== null) found.push({ path: `change-child-${child.id}-items`, message: problem });
      }
      return found.length > 0 || !parsed.ok ? { ok: false, errors: found } : { ok: true, value: { startsAt: parsed.startsAt, minutes } };
    },
    save: ({ startsAt, minutes }) => {
      const place = meeting.place?.kind === 'place' ? { ...meeting.place, name: name.trim() } : meeting.place;
      const edit = { startsAt, lengthMinutes: minutes, place, venue: place?.kind === 'place' ? place.name : meeting.venue };
      if (!childrenTouched || meeting.agenda === null) return meetings.update(meeting.id, edit);
      const childrenComing = storedChoices(childChoices, family.children.map((c) => c.id), meeting.agenda);
      const childAttends = childrenComing.some((c) => c.comes !== 'no');
      return meetings.update(meeting.id, { ...edit, childrenComing, childAttends, agenda: withChildTicks(meeting.agenda, childrenComing) });
    },
    afterSave: (updated) =>
      onChanged(updated.sequence === meeting.sequence ? 'Nothing that people need to know about has changed.' : 'The meeting has been changed. Tell the family first.'),
  });
  const errorFor = form.errorAt;
  const shownProblem = problem ?? form.saveError;

  const setStatus = async (status: PlannedMeeting['status'], cancelReason = '') => {
    try {
      await meetings.update(meeting.id, { status, cancelReason });
      onChanged(status === 'cancelled' ? 'The meeting has been cancelled. Tell the family first.' : 'The meeting is back on. Tell the family first.');
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'The change could not be saved.');
    }
  };

  return (
    <Section headingId="change-heading" title="Change the meeting">
      <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
      <SaveProblem message={shownProblem} />
      {!cancelled && (
        <form
          noValidate
          onSubmit={(e) => {
            setProblem(null);
            void form.submit(e);
          }}
        >
          <TextField id="change-date" label="Date" hint="For example, 03/12/2026" width="medium" value={date} error={errorFor('change-date')} onValueChange={setDate} />
          <TimeField id="change-time" label="Start time" value={time} error={errorFor('change-time')} onValueChange={setTime} />
          <TextField id="change-length" label="Length in minutes" width="short" inputMode="numeric" value={length} error={errorFor('change-length')} onValueChange={setLength} />
          <TimeWarnings
            family={family}
            kind={meeting.kind}
            date={date}
            time={time}
            length={length}
            invited={meeting.invitees.map((i) => i.id)}
            childShouldAttend={meeting.childAttends}
            childChoices={childChoices}
            agendaItems={agendaItems}
          />
          {meeting.agenda !== null &&
            family.children.map((child) => (
              <ChildComingQuestion
                key={child.id}
                id={`change-child-${child.id}`}
                legend={`Will ${knownAs(child)} come?`}
                name={knownAs(child)}
                choice={choiceOf(child.id)}
                items={agendaItems}
                error={errorFor(`change-child-${child.id}-items`)}
                onChange={(choice) => {
                  setChildrenTouched(true);
                  setChildChoices((all) => ({ ...all, [child.id]: choice }));
                }}
              />
            ))}
          {placeName !== null && <TextField id="change-place" label="Name of the place" value={name} error={errorFor('change-place')} onValueChange={setName} />}
          <FormActions className="button-group" submitLabel="Save the change" />
        </form>
      )}
      <div className="button-group">
        {cancelled ? (
          <button type="button" className="button button--secondary" onClick={() => void setStatus('planned')}>
            Put the meeting back on
          </button>
        ) : (
          !confirming && (
            <button
              type="button"
              className="button button--warning"
              onClick={() => {
                setConfirming(true);
                window.setTimeout(() => focusById('cancel-reason'), 0);
              }}
            >
              Cancel the meeting
            </button>
          )
        )}
      </div>
      {confirming && !cancelled && (
        <SmallForm
          className="form confirm-panel"
          headingId="cancel-confirm-heading"
          title="Cancel this meeting?"
          submitLabel="Yes, cancel the meeting"
          warning
          cancelLabel="No, keep the meeting"
          onCancel={() => {
            setConfirming(false);
            setReasonError(undefined);
          }}
          onSubmit={() => {
            if (reason.trim() === '') {
              setReasonError('Say why the meeting is cancelled: everyone invited is told this');
              focusById('cancel-reason');
              return;
            }
            setReasonError(undefined);
            setConfirming(false);
            void setStatus('cancelled', reason.trim());
          }}
        >
          <p>Everyone invited will need to be told, the family first. You can put the meeting back on later.</p>
          <TextAreaField
            id="cancel-reason"
            label="Why is the meeting cancelled?"
            hint="In plain words, for example: Mum is unwell. We will find another date this week."
            rows={3}
            maxLength={1000}
            value={reason}
            error={reasonError}
            onValueChange={setReason}
          />
        </SmallForm>
      )}
    </Section>
  );
}
