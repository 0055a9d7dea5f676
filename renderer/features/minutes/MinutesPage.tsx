import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import { canTake, contentForExport, draftMarkingNeeded, isLocked, minutesStatus } from '../../../shared/minutes/workflow';
import { useRepositories } from '../../data/hooks/useRepositories';
import { FlashNotice, flashFrom } from '../../components/notices/FlashNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { agreementTerms } from './agreement-terms';
import { AmendmentForm } from './AmendmentForm';
import { CorrectForm } from './CorrectForm';
import { FamilyAnswers } from './FamilyAnswers';
import { FinaliseForm } from './FinaliseForm';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import { MinutesTop } from './MinutesTop';
import { actorName, DRAFT_MARKING, minutesTitle, versionWords } from './minutes-words';
import { ReviewCopy } from './ReviewCopy';
import { ReviewFiles } from './ReviewFiles';
import { SectionsView } from './SectionsView';
import { SendToFamilyForm } from './SendToFamilyForm';
import { useLiveContent } from './useLiveContent';
import { useStep } from './useStep';
import { VersionList } from './VersionList';
import { WorkflowHistory } from './WorkflowHistory';
import { WhoHasAnswered } from './WhoHasAnswered';
import { paths } from '../../components/paths';

/** The minutes of one meeting: where they are up to, what to do next, every step taken, and the minutes themselves. */
export function MinutesPage() {
  return <MinutesFrame what="minutes">{(context) => <MinutesView context={context} />}</MinutesFrame>;
}

function MinutesView({ context }: { context: MinutesContext }) {
  const { family, meeting, record, versions, profile } = context;
  const location = useLocation();
  const { minutes } = useRepositories();
  const start = useStep();
  const [flash, setFlash] = useState<{ message: string; count: number } | null>(null);
  const say = (message: string) => setFlash((f) => ({ message, count: (f?.count ?? 0) + 1 }));
  const current: MinutesRow | undefined = versions[versions.length - 1];
  const by = actorName(profile);
  const { live } = useLiveContent(context, current);
  const shown: MinutesContent | null = current ? (live.ok ? contentForExport(current, live.content) : current.snapshot) : null;
  const title = minutesTitle(meeting, family.familyName);
  const base = paths.meeting(family.id, meeting.id);

  return (
    <>
      <MinutesTop back={base} backText="Back to the meeting" lead="Minutes of the meeting" familyName={family.familyName} title={title} />
      {flash ? <FlashNotice key={flash.count} message={flash.message} takeFocus /> : <FlashNotice message={flashFrom(location.state)} />}

      {!record && (
        <div className="notice notice--reminder">
          <p>
            Nothing has been recorded for this meeting yet, so there is nothing to write minutes from. <Link to={paths.meetingRun(family.id, meeting.id)}>Run the meeting</Link>
          </p>
        </div>
      )}
      {record && record.status !== 'finished' && (
        <p className="notice notice--reminder">
          The meeting has not been finished yet. The minutes show what has been recorded so far. <Link to={paths.meetingRun(family.id, meeting.id)}>Go to the meeting</Link>
        </p>
      )}

      {profile.name.trim() === '' && (
        <p className="notice notice--reminder">
          Your name is not set, so the minutes cannot say who chaired the meeting. <Link to={paths.settings()}>Add your name and role in Settings</Link>
        </p>
      )}

      {record && !current && (
        <section aria-labelledby="minutes-start-heading">
          <h2 className="section-heading" id="minutes-start-heading">
            Write the minutes
          </h2>
          <p>The draft is made from what was recorded at the meeting, in the standard order. The family checks it before anyone else sees it.</p>
          <SaveProblem message={start.problem} />
          <button
            type="button"
            className="button"
            aria-disabled={start.busy || undefined}
            onClick={() => void start.run(() => minutes.startDraft(meeting, by)).then((ok) => ok && say('The draft minutes are ready. Read them through, then send them to the family to check.'))}
          >
            Write the draft minutes
          </button>
        </section>
      )}

      {current && (
        <>
          <section aria-labelledby="minutes-status-heading">
            <h2 className="section-heading" id="minutes-status-heading">
              Where the minutes are up to
            </h2>
            <p className="minutes-status">
              <strong>{versionWords(current)}</strong>
            </p>
            {current.correctionOf !== null && <p className="preserve-lines">Why this version was made: {current.correctionReason}</p>}
            {draftMarkingNeeded(current, agreementTerms(context)) ? (
              <p className="notice notice--reminder">
                The family has not agreed these minutes yet. Every page of every copy says “{DRAFT_MARKING}”.
              </p>
            ) : (
              <p>These minutes count as agreed with the family, so copies are not marked as a draft.</p>
            )}
            {current.events.some((e) => e.step === 'sent-to-family') && <WhoHasAnswered context={context} row={current} />}
            {!live.ok && <p className="notice notice--problem">{live.message}</p>}
          </section>

          <NextSteps context={context} row={current} by={by} content={live.ok ? live.content : null} onDone={say} />
          <FamilyAnswers row={current} content={shown} />

          <section aria-labelledby="minutes-history-heading">
            <h2 className="section-heading" id="minutes-history-heading">
              History of version {current.version}
            </h2>
            <p className="hint-text">Every step is dated and kept.</p>
            <WorkflowHistory row={current} headingId="minutes-history-heading" />
          </section>

          <VersionList versions={versions} />

          <section aria-labelledby="minutes-content-heading">
            <h2 className="section-heading" id="minutes-content-heading">
              The minutes, section by section
            </h2>
            {isLocked(current) && <p className="hint-text">This version is final: this is exactly what was agreed and locked.</p>}
            {shown ? (
              <SectionsView content={shown} idPrefix="minutes" />
            ) : (
              <p>The minutes cannot be shown until something has been recorded at the meeting.</p>
            )}
          </section>
        </>
      )}
    </>
  );
}

function NextSteps({ context, row, by, content, onDone }: { context: MinutesContext; row: MinutesRow; by: string; content: MinutesContent | null; onDone(message: string): void }) {
  const status = minutesStatus(row);
  const withFamily = canTake(row, 'family-responded');
  const draft = draftMarkingNeeded(row, agreementTerms(context));
  // Once the family has agreed, making the minutes final is the next step: it comes first, and the
  // review links stay below it for a family who wants to change something after all.
  const finaliseFirst = content !== null && canTake(row, 'finalised') && !draft;
  const finalise = content && canTake(row, 'finalised') && <FinaliseForm row={row} draft={draft} content={content} by={by} onDone={onDone} />;
  const share = status !== 'superseded' && (
    <p>
      <Link to={paths.minutesExport(row.familyId, row.meetingId)}>Save and share copies</Link>: Word or PDF, for the family and for those they agreed may have them.
    </p>
  );
  return (
    <section aria-labelledby="minutes-next-heading">
      <h2 className="section-heading" id="minutes-next-heading">
        What to do next
      </h2>
      {status === 'superseded' && <p>This version has been replaced by a corrected version.</p>}
      {finaliseFirst && finalise}
      {finaliseFirst && share}
      {finaliseFirst && (withFamily || !isLocked(row)) && (
        <h3 className="subsection-heading" id="minutes-next-other-heading">
          If something still needs to change
        </h3>
      )}
      {content && !isLocked(row) && row.responses.length > 0 && <AmendmentForm row={row} content={content} by={by} onDone={onDone} />}
      {withFamily && (
        <ul className="link-list">
          <li>
            <Link to={paths.minutesReview(row.familyId, row.meetingId)}>Open family review mode</Link>: hand the laptop to the family to read and answer.
          </li>
          <li>
            <Link to={paths.minutesResponse(row.familyId, row.meetingId)}>Record the family’s answer</Link>: from the review copy, a phone call, an email or a letter.
          </li>
          <li>
            <Link to={paths.minutesReply(row.familyId, row.meetingId)}>Import a reply from a review file</Link>: the answer a parent or carer sent back from the review file they opened in their browser.
          </li>
        </ul>
      )}
      {!isLocked(row) && (
        <p>
          <Link to={paths.minutesPlainWords(row.familyId, row.meetingId)}>Check the family’s version for plain words</Link>
        </p>
      )}
      {content && canTake(row, 'sent-to-family') && !isLocked(row) && <SendToFamilyForm row={row} content={content} by={by} onSent={onDone} />}
      {content && withFamily && <ReviewCopy context={context} row={row} content={content} by={by} />}
      {content && withFamily && row.snapshot && <ReviewFiles context={context} row={row} by={by} />}
      {!finaliseFirst && finalise}
      {!finaliseFirst && share}
      {canTake(row, 'corrected') && <CorrectForm row={row} by={by} onDone={onDone} />}
    </section>
  );
}
