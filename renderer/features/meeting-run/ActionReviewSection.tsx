import { ActionOutcome } from './ActionOutcome';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Action } from '../../../shared/domain/action';
import { MEETING_KIND_LABELS } from '../../../shared/domain/meeting';
import type { ActionProgress } from '../../../shared/domain/meeting-record';
import { actionsToReview, carriedInto, changeUpdate, statusAfterReview, updateFor } from '../../../shared/rules/meeting-run/actions-review';
import { Loading } from '../../components/Loading';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { safeTime } from '../meetings';
import { ActionReviewItem } from './ActionReviewItem';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';
import { useFamilyActions, useFamilyMeetingList } from './useActionsData';
import '../../styles/meeting-run-voice-actions.css';

export const ACTION_REVIEW_HEADING_ID = 'run-action-review';

/**
 * The review of earlier actions: every open action from the family's other meetings, each with
 * how far it got (done, partly, not done), a note, and "carry forward" for unfinished ones. The
 * update is kept in the meeting record; the earlier action's status follows it
 * (shared/rules/meeting-run/actions-review.ts).
 */
export function ActionReviewSection({ family, meeting, record, change }: MeetingSectionProps) {
  const { actions } = useRepositories();
  const data = useFamilyActions(family.id, meeting.id);
  const meetings = useFamilyMeetingList(family.id);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  // After carrying forward (or back), the pressed button is replaced: focus its replacement once it is drawn.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const target = focusNext.current ? document.getElementById(focusNext.current) : null;
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  }, [data]);
  const toReview = useMemo(() => (data ? actionsToReview(data.all, meeting.id, record) : []), [data, meeting.id, record]);

  // Shown in review and closing meetings, and in any meeting that has earlier actions still open.
  const expected = meeting.kind === 'review' || meeting.kind === 'closing';
  if (!data) return expected ? <Loading what="earlier actions" /> : null;
  if (toReview.length === 0 && !expected) return null;

  const agreedAt = (action: Action): string | null => {
    const m = meetings?.find((x) => x.id === action.meetingId);
    return m ? `the ${MEETING_KIND_LABELS[m.kind].toLowerCase()} on ${safeTime(m.startsAt)}` : null;
  };
  const carriedOf = (action: Action) => {
    const copy = carriedInto(data.thisMeeting, action.id, meeting.id);
    return copy ? { action: copy, number: data.thisMeeting.indexOf(copy) + 1 } : null;
  };
  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
      setFailure(null);
    } catch (error) {
      setFailure(toStorageError(error).message);
    }
  };

  const setProgress = (action: Action, progress: ActionProgress) => {
    const carried = carriedOf(action) !== null;
    change((r) => changeUpdate(r, action.id, (u) => ({ ...u, progress, carriedForward: carried })));
    const next = statusAfterReview({ progress, carriedForward: carried }, action.status);
    if (next === action.status) return;
    void attempt(async () => {
      await actions.setStatus(action.id, next);
    });
  };

  const carry = (action: Action) =>
    attempt(async () => {
      // The button pressed is replaced by "Take it back out" once the new action is read back: focus goes there.
      focusNext.current = `review-${action.id}-undo`;
      const { action: copy } = await actions.carryForward(action.id, meeting.id);
      change((r) => changeUpdate(r, action.id, (u) => ({ ...u, carriedForward: true })));
      const at = data.thisMeeting.findIndex((a) => a.id === copy.id);
      const number = at >= 0 ? at + 1 : data.thisMeeting.length + 1;
      setStatus(`“${action.what.trim()}” carried forward into this plan as action ${number}.`);
    });

  const undoCarry = (action: Action) =>
    attempt(async () => {
      const copy = carriedOf(action);
      if (!copy) return;
      const update = { ...updateFor(record, action.id), carriedForward: false };
      focusNext.current = `review-${action.id}-carry`;
      await actions.undoCarryForward(copy.action.id, statusAfterReview(update, 'in-progress'));
      change((r) => changeUpdate(r, action.id, (u) => ({ ...u, carriedForward: false })));
      setStatus(`“${action.what.trim()}” taken back out of this plan.`);
    });

  return (
    <section aria-labelledby={ACTION_REVIEW_HEADING_ID} className="run-section va-review-section">
      <RunHeading id={ACTION_REVIEW_HEADING_ID}>Actions from earlier meetings</RunHeading>
      {toReview.length === 0 ? (
        <p className="va-empty">There are no open actions from earlier meetings.</p>
      ) : (
        <>
          <p className="hint-text">
            For each action agreed before: how far it has got, and a note. An action that is partly done or not done can be carried forward into this plan.
          </p>
          <ol className="va-review-list" aria-label="Actions from earlier meetings">
            {toReview.map((a) => (
              <ActionReviewItem
                key={a.id}
                action={a}
                family={family}
                update={updateFor(record, a.id)}
                agreedAt={agreedAt(a)}
                carried={carriedOf(a)}
                onProgress={(p) => setProgress(a, p)}
                onNote={(note) => change((r) => changeUpdate(r, a.id, (u) => ({ ...u, note })))}
                onCarry={() => carry(a)}
                onUndoCarry={() => undoCarry(a)}
              />
            ))}
          </ol>
        </>
      )}
      <ActionOutcome failure={failure} status={status} />
    </section>
  );
}
