import { useState } from 'react';
import { Link } from 'react-router';
import type { MeetingRecord } from '../../../shared/domain/meeting-record';
import { clockTime, dayWords } from '../../../shared/time/london';
import { checkFinish } from '../../../shared/rules/meeting-run/finish-gate';
import { meetingDateOf } from '../../../shared/rules/meeting-run/next-review';
import { ErrorSummary } from '../../components/ErrorSummary';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { NEXT_REVIEW_DATE_ID } from './OutcomeSection';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';
import { paths } from '../../components/paths';
import { useFocusWhen } from '../../components/useFocusWhen';
import { OutcomeNotice } from '../../components/notices/OutcomeNotice';

export const FINISH_HEADING_ID = 'run-finish';


interface Props extends MeetingSectionProps {
  /** Waits until everything typed has been written. */
  flushed: () => Promise<void>;
  /** Shows the finished record without saving it again. */
  replace: (record: MeetingRecord) => void;
  /** Tells the page why the date is needed (shown at the date field), or null. */
  onDateProblem: (reason: string | null) => void;
}

/** The finish button: refused, with the reason, until there is a next review date or the plan closes. */
export function FinishSection({ family, meeting, record, plan, flushed, replace, onDateProblem }: Props) {
  const { meetingRecords } = useRepositories();
  const [problem, setProblem] = useState<{ fieldId: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useFocusWhen<HTMLDivElement>(done);

  const refuse = (fieldId: string, message: string) => {
    setProblem({ fieldId, message });
    setAttempt((a) => a + 1);
    onDateProblem(fieldId === NEXT_REVIEW_DATE_ID ? message : null);
  };

  const finish = async () => {
    const gate = checkFinish(record, meetingDateOf(meeting.startsAt));
    if (!gate.ok) {
      refuse(gate.field === 'nextReviewDate' ? NEXT_REVIEW_DATE_ID : 'run-finish-button', gate.reason);
      return;
    }
    setBusy(true);
    try {
      await flushed();
      const result = await meetingRecords.finish(meeting.id, plan?.id ?? null);
      if (!result.ok) {
        refuse(result.field === 'nextReviewDate' ? NEXT_REVIEW_DATE_ID : 'run-finish-button', result.reason);
        return;
      }
      setProblem(null);
      onDateProblem(null);
      replace(result.record);
      const { decision, nextReviewDate } = result.record.outcome;
      const review = decision !== 'close' && nextReviewDate ? ` The next review is on ${dayWords(nextReviewDate)}${result.planUpdated ? ', and the plan now says so' : ''}.` : '';
      setDone(`The meeting is finished.${review}`);
    } catch (error) {
      refuse('run-finish-button', toStorageError(error).message);
    } finally {
      setBusy(false);
    }
  };

  const finished = record.status === 'finished';
  const statusChange = record.outcome.decision !== null && record.outcome.decision !== 'continue';

  return (
    <section aria-labelledby={FINISH_HEADING_ID} className="run-section">
      <RunHeading id={FINISH_HEADING_ID}>Finish the meeting</RunHeading>
      {problem && <ErrorSummary errors={[problem]} attempt={attempt} />}
      {done && (
        <OutcomeNotice ok ref={doneRef}>
          {done}
        </OutcomeNotice>
      )}
      {finished ? (
        <>
          {!done && (
            <p>
              This meeting was finished{record.finishedAt ? ` at ${clockTime(record.finishedAt)}` : ''}. You can still correct what was
              typed.
            </p>
          )}
          <ul className="link-list">
            <li>
              <Link to={paths.minutes(family.id, meeting.id)}>Write the minutes</Link>
            </li>
            {statusChange && (
              <li>
                <Link to={paths.plan(family.id)}>Record the change to the plan’s status</Link>
              </li>
            )}
          </ul>
        </>
      ) : (
        <>
          <p>Finishing stops the timer and records the outcome. You can still correct what was typed afterwards.</p>
          <button type="button" id="run-finish-button" className="button" disabled={busy} onClick={() => void finish()}>
            Finish the meeting
          </button>
        </>
      )}
    </section>
  );
}
