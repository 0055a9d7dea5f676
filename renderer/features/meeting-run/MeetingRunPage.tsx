import '../../styles/meeting-run.css';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { MEETING_KIND_LABELS, type PlannedMeeting } from '../../../shared/domain/meeting';
import type { Plan } from '../../../shared/domain/plan';
import { markReportAuthors } from '../../../shared/rules/report-attendance';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useReceivedReports } from '../briefings';
import { safeTime } from '../meetings';
import { FamilyNotFound, MeetingNotFound } from '../../components/notices/NotFound';
import { ActionReviewSection } from './ActionReviewSection';
import { ActionsSection } from './ActionsSection';
import { AgendaNotesSection, AGENDA_HEADING_ID } from './AgendaNotesSection';
import { AttendanceSection, ATTENDANCE_HEADING_ID } from './AttendanceSection';
import { ChildVoiceSection } from './ChildVoiceSection';
import { FamilyViewsSection, FAMILY_VIEWS_HEADING_ID } from './FamilyViewsSection';
import { problemLink } from './field-problem-links';
import { FinishSection, FINISH_HEADING_ID } from './FinishSection';
import { LIST_WORDS, ListSection } from './ListSection';
import { OutcomeSection, OUTCOME_HEADING_ID } from './OutcomeSection';
import { RunContents, type RunContentsEntry } from './RunContents';
import { SavedIndicator } from './SavedIndicator';
import { ScalingSection, SCALING_HEADING_ID } from './ScalingSection';
import type { MeetingSectionProps } from './section-props';
import { useMeetingRecordEditor } from './useMeetingRecordEditor';
import { useMeetingRunData } from './useMeetingRunData';
import { paths } from '../../components/paths';

/** Ids the child's voice and actions sections give their h2s, so the contents can link to them. */
export const CHILD_VOICE_HEADING_ID = 'run-child-voice';
export const ACTIONS_HEADING_ID = 'run-actions';

const CONTENTS: readonly RunContentsEntry[] = [
  { id: ATTENDANCE_HEADING_ID, title: 'Who is here' },
  { id: AGENDA_HEADING_ID, title: 'Agenda and notes' },
  { id: FAMILY_VIEWS_HEADING_ID, title: 'The family’s views' },
  { id: CHILD_VOICE_HEADING_ID, title: 'The child’s voice' },
  { id: LIST_WORDS.goingWell.headingId, title: LIST_WORDS.goingWell.title },
  { id: LIST_WORDS.worries.headingId, title: LIST_WORDS.worries.title },
  { id: LIST_WORDS.needsToHappen.headingId, title: LIST_WORDS.needsToHappen.title },
  { id: SCALING_HEADING_ID, title: 'Scaling' },
  { id: ACTIONS_HEADING_ID, title: 'Actions' },
  { id: OUTCOME_HEADING_ID, title: 'Outcome and next review' },
  { id: FINISH_HEADING_ID, title: 'Finish the meeting' },
];

/** Route `families/:familyId/meetings/:meetingId/run`: the meeting, run live with the family in the room. */
export function MeetingRunPage() {
  const { familyId = '', meetingId = '' } = useParams();
  const data = useMeetingRunData(familyId, meetingId);
  if (data.state === 'loading') return <Loading what="meeting" />;
  if (data.state === 'no-family') return <FamilyNotFound />;
  if (data.state === 'no-meeting') {
    return <MeetingNotFound familyId={data.family.id} />;
  }
  return <MeetingRun key={data.meeting.id} family={data.family} meeting={data.meeting} plan={data.plan} area={data.area} />;
}

function MeetingRun({ family, meeting, plan, area }: { family: FamilyRecord; meeting: PlannedMeeting; plan: Plan | null; area: AreaSettings }) {
  const editor = useMeetingRecordEditor(meeting, family);
  const { record, change } = editor;
  const reports = useReceivedReports(meeting.id);
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const ready = record !== undefined;
  const kind = MEETING_KIND_LABELS[meeting.kind];
  const title = `Run the meeting, ${kind}, ${family.familyName}`;
  // Set here as well as by the heading: when the record arrives this title changes, and its effect
  // runs after the sections' own, so a section showing "Loading…" cannot leave its words in the title.
  useDocumentTitle(record === undefined ? `Loading the meeting record: ${title}` : title);

  // Authors of briefings and written reports show as having sent one, unless the chair said otherwise.
  useEffect(() => {
    if (!ready || reports === undefined || reports.length === 0) return;
    change((r) => {
      const attendees = markReportAuthors(r.attendees, reports);
      return JSON.stringify(attendees) === JSON.stringify(r.attendees) ? r : { ...r, attendees };
    });
  }, [ready, reports, change]);

  const heading = (
    <>
      <p className="back-link">
        <Link to={paths.meeting(family.id, meeting.id)}>Back to the meeting’s details</Link>
      </p>
      <PageHeading title={title}>
        {kind}: <bdi>{family.familyName}</bdi>
      </PageHeading>
    </>
  );

  // The heading stays mounted from loading to ready, so it takes focus once, on arrival.
  if (editor.startProblem !== null || record === undefined) {
    return (
      <div className="run-page">
        {heading}
        {editor.startProblem !== null ? (
          <p className="notice notice--problem">{editor.startProblem}</p>
        ) : (
          <p role="status" className="loading">
            Loading the meeting record…
          </p>
        )}
      </div>
    );
  }

  const props: MeetingSectionProps = { family, meeting, record, plan, change, problems: editor.problems };
  return (
    <div className="run-page">
      {heading}
      <p className="run-when">
        {safeTime(meeting.startsAt)}
        {meeting.venue ? `, ${meeting.venue}` : ''}
      </p>
      {meeting.status === 'cancelled' && <p className="notice">This meeting was cancelled. You can still write down what happened if it went ahead.</p>}
      {record.status === 'finished' && <p className="notice">This meeting has been finished. You can still correct what was typed.</p>}
      <RunContents entries={CONTENTS} />
      <AttendanceSection {...props} />
      <AgendaNotesSection {...props} />
      <FamilyViewsSection {...props} />
      <ChildVoiceSection {...props} />
      <ActionReviewSection {...props} />
      <ListSection {...props} list="goingWell" />
      <ListSection {...props} list="worries" />
      <ListSection {...props} list="needsToHappen" />
      <ScalingSection {...props} />
      <ActionsSection {...props} />
      <OutcomeSection {...props} area={area} dateProblem={dateProblem} />
      <FinishSection {...props} flushed={editor.flushed} replace={editor.replace} onDateProblem={setDateProblem} />
      {/* Last on the page and sticky, so it stays in view at the bottom of the window wherever the chair is typing. */}
      <SavedIndicator
        state={editor.saveState}
        lastSavedAt={editor.lastSavedAt}
        slowSave={editor.slowSave}
        onRetry={editor.retry}
        problems={editor.problems.map((p) => problemLink(p, record, meeting, family))}
      />
    </div>
  );
}
