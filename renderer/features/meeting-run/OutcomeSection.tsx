import { useState } from 'react';
import { Link } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { OUTCOME_LABELS, OUTCOMES, type Outcome } from '../../../shared/domain/meeting-record';
import { describeReviewFrequency } from '../../../shared/domain/review-frequency';
import { dayWords } from '../../../shared/time/london';
import { formatShortDate, parseUkDate } from '../../../shared/rules/dates';
import { defaultNextReviewDate, meetingDateOf } from '../../../shared/rules/meeting-run/next-review';
import { changeOutcome } from '../../../shared/rules/meeting-run/record-edits';
import { problemAt } from '../../../shared/rules/meeting-run/saveable';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { TimeField } from '../../components/fields/TimeField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { clockWords, slotWords } from '../timetable';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { findReviewTimes, type ReviewTimes } from './review-times';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';
import { paths } from '../../components/paths';

export const OUTCOME_HEADING_ID = 'run-outcome';
export const NEXT_REVIEW_DATE_ID = 'run-next-review-date';

const TIME = /^(\d{1,2}):(\d{2})$/;

/** "9:30" → "09:30"; null when it is not a time on the 24-hour clock. */
function readTime(text: string): string | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 23 && min <= 59 ? `${String(h).padStart(2, '0')}:${m[2]}` : null;
}

interface Props extends MeetingSectionProps {
  area: AreaSettings;
  /** The finish button's reason the date is needed, shown at the date too. */
  dateProblem: string | null;
}

/** The outcome (carry on, step down, step up, close), why, the contingency plan, and the next review. */
export function OutcomeSection(props: Props) {
  const { family, record, change, problems } = props;
  const { decision } = record.outcome;
  const text = (name: 'reasons' | 'contingency') => ({
    id: `run-${name}`,
    className: 'run-textarea',
    value: record.outcome[name],
    error: problemAt(problems, 'outcome', name),
    onValueChange: (v: string) => change((r) => changeOutcome(r, { [name]: v })),
  });
  return (
    <section aria-labelledby={OUTCOME_HEADING_ID} className="run-section">
      <RunHeading id={OUTCOME_HEADING_ID}>Outcome and next review</RunHeading>
      <RadioGroup<Outcome>
        id="run-decision"
        legend="What did the team agree?"
        options={OUTCOMES.map((o) => ({
          value: o,
          label: OUTCOME_LABELS[o],
          conditional:
            o === 'step-up' ? (
              <p>
                A referral to children’s social care never waits for the family’s agreement.{' '}
                <Link to={paths.safeguarding(family.id)}>Record a referral to children’s social care</Link>
              </p>
            ) : undefined,
        }))}
        value={decision ?? ''}
        onChange={(d) => change((r) => changeOutcome(r, { decision: d }))}
      />
      <TextAreaField {...text('reasons')} label="Why the team agreed this" rows={3} />
      <TextAreaField
        {...text('contingency')}
        label="If things get worse: the contingency plan"
        hint="What the family can do, who they can contact, and what each service will do, before the next meeting."
        rows={4}
      />
      {decision === 'close' ? <p>There is no next review: the plan is closing.</p> : <NextReview {...props} />}
    </section>
  );
}

function NextReview({ family, meeting, plan, record, change, area, dateProblem }: Props) {
  const repos = useRepositories();
  const { nextReviewDate, nextReviewTime } = record.outcome;
  const [dateText, setDateText] = useState(() => (nextReviewDate ? formatShortDate(nextReviewDate) : ''));
  const [timeText, setTimeText] = useState(() => nextReviewTime ?? '');
  const [dateError, setDateError] = useState<string | undefined>(undefined);
  const [timeError, setTimeError] = useState<string | undefined>(undefined);
  const [times, setTimes] = useState<ReviewTimes | 'finding' | null>(null);
  const [chosen, setChosen] = useState('');

  const meetingDate = meetingDateOf(meeting.startsAt);
  const frequency = plan?.reviewFrequency ?? area.defaultReviewFrequency;
  const target = defaultNextReviewDate(meetingDate, frequency);

  const setDate = (iso: string | null, time?: string | null) => {
    setDateText(iso ? formatShortDate(iso) : '');
    setDateError(undefined);
    if (time !== undefined) {
      setTimeText(time ?? '');
      setTimeError(undefined);
    }
    change((r) => changeOutcome(r, time === undefined ? { nextReviewDate: iso } : { nextReviewDate: iso, nextReviewTime: time }));
  };

  const typeDate = (text: string) => {
    setDateText(text);
    const parsed = text.trim() === '' ? null : parseUkDate(text);
    if (parsed === null || parsed.ok) setDateError(undefined);
    change((r) => changeOutcome(r, { nextReviewDate: parsed?.ok ? parsed.date : null }));
  };

  const typeTime = (text: string) => {
    setTimeText(text);
    const time = readTime(text);
    if (time !== null || text.trim() === '') setTimeError(undefined);
    change((r) => changeOutcome(r, { nextReviewTime: time }));
  };

  const find = async () => {
    setTimes('finding');
    try {
      setTimes(await findReviewTimes(repos, family, meeting, target, meetingDate));
    } catch {
      setTimes({ slots: [], note: 'Times could not be found just now. Type the date instead.' });
    }
  };

  const when = nextReviewDate ? `${dayWords(nextReviewDate)}${nextReviewTime ? ` at ${clockWords(nextReviewTime)}` : ''}` : null;

  return (
    <fieldset className="fieldset run-next-review">
      <legend className="fieldset__legend">The next review</legend>
      <p>
        {plan ? 'The plan’s reviews are' : 'There is no plan yet. Reviews here are usually'} {describeReviewFrequency(frequency)}, so the next one is due on{' '}
        <strong>{dayWords(target)}</strong>.
      </p>
      <div className="run-buttons">
        <button type="button" className="button button--secondary" onClick={() => setDate(target)}>
          Use {dayWords(target)}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void find()} disabled={times === 'finding'}>
          Find times near then that suit the family
        </button>
      </div>
      {times !== null && times !== 'finding' && (
        <div className="run-times" aria-labelledby="run-times-title">
          <h3 className="subsection-heading" id="run-times-title">
            {times.slots.length === 0 ? 'No times found' : 'Times near then'}
          </h3>
          {times.note && <p>{times.note}</p>}
          {times.slots.length > 0 && (
            <ul className="run-times__list">
              {times.slots.map((slot) => {
                const words = slotWords(slot);
                return (
                  <li key={slot.start}>
                    <span>{words}</span>{' '}
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={`Use this time: ${words}`}
                      onClick={() => {
                        setDate(slot.date, slot.startTime);
                        setChosen(`The next review is set for ${words}.`);
                      }}
                    >
                      Use this time
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </div>
      )}
      <p className="visually-hidden" role="status">
        {times === 'finding' ? 'Finding times…' : chosen}
      </p>
      <div className="inline-fields">
        <TextField
          id={NEXT_REVIEW_DATE_ID}
          label="Date of the next review"
          hint={`For example, ${formatShortDate(target)}`}
          width="medium"
          autoComplete="off"
          value={dateText}
          error={dateError ?? dateProblem ?? undefined}
          onValueChange={typeDate}
          onBlur={() => {
            const parsed = dateText.trim() === '' ? null : parseUkDate(dateText);
            setDateError(parsed && !parsed.ok ? parsed.message : undefined);
          }}
        />
        <TimeField
          id="run-next-review-time"
          label="Start time (optional)"
          hint="In 24-hour time, for example 16:00"
          autoComplete="off"
          value={timeText}
          error={timeError}
          onValueChange={typeTime}
          onBlur={() => setTimeError(timeText.trim() !== '' && readTime(timeText) === null ? 'Enter the time in 24-hour time, for example 16:00' : undefined)}
        />
      </div>
      <p className="run-muted">{when ? `Next review: ${when}.` : 'No date set yet.'}</p>
    </fieldset>
  );
}
