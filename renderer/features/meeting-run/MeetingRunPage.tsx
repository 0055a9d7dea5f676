import '../../styles/meeting-run.css';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { MEETING_KIND_LABELS, type PlannedMeeting } from '../../../shared/domain/meeting';
import type { MeetingRecord } from '../../../shared/domain/meeting-record';
import type { Plan } from '../../../shared/domain/plan';
import { runSteps, type RunStep } from '../../../shared/rules/meeting-run/agenda-parts';
import { runningItemId, startItem, stopAllItems } from '../../../shared/rules/meeting-run/item-timer';
import { stepSummary } from '../../../shared/rules/meeting-run/step-summary';
import { markReportAuthors } from '../../../shared/rules/report-attendance';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useReceivedReports } from '../briefings';
import { safeTime } from '../meetings';
import { FamilyNotFound, MeetingNotFound } from '../../components/notices/NotFound';
import { AgendaSideList, stepSearch, type SideEntry } from './AgendaSideList';
import { RunStepView } from './RunStepView';
import { problemLink, type ProblemLink } from './field-problem-links';
import { SavedIndicator } from './SavedIndicator';
import type { MeetingSectionProps } from './section-props';
import { useFamilyActions } from './useActionsData';
import { useMeetingRecordEditor } from './useMeetingRecordEditor';
import { useMeetingRunData } from './useMeetingRunData';
import { paths } from '../../components/paths';
import { focusById } from '../../components/focus';

/** The steps of this meeting: "Who is here", its agenda items in the record's order, "Finish the meeting". */
function stepsFor(meeting: PlannedMeeting, itemIds: readonly string[]): RunStep[] {
  const items = new Map((meeting.agenda?.items ?? []).map((item) => [item.id, item]));
  return runSteps(itemIds.map((itemId) => ({ itemId, item: items.get(itemId) })));
}

/**
 * Where the chair is: the step in the address, else the item being timed, else "Who is here".
 * The address may also name a part ("?item=actions", as the home screen's links do): the first step that has it.
 */
function currentStepKey(steps: readonly RunStep[], wanted: string | null, record: MeetingRecord): string {
  if (wanted !== null && steps.some((s) => s.key === wanted)) return wanted;
  const withPart = steps.find((s) => s.parts.some((p) => p === wanted));
  if (withPart !== undefined) return withPart.key;
  return runningItemId(record) ?? 'start';
}

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
  // "Saved, except one field: …": its link opens the step the field is on, then focuses the field.
  const [follow, setFollow] = useState<{ problem: ProblemLink; count: number } | null>(null);
  const followProblem = (problem: ProblemLink) => setFollow((f) => ({ problem, count: (f?.count ?? 0) + 1 }));
  const { record, change } = editor;
  const reports = useReceivedReports(meeting.id);
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
        {/* The same wrappers as when ready, so React keeps this h1 (and its focus) when the record arrives. */}
        <div className="run-header">
          <div className="run-header__title">{heading}</div>
        </div>
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

  return (
    <div className="run-page">
      <div className="run-header">
        <div className="run-header__title">{heading}</div>
        <SavedIndicator
          state={editor.saveState}
          lastSavedAt={editor.lastSavedAt}
          slowSave={editor.slowSave}
          onRetry={editor.retry}
          problems={editor.problems.map((p) => problemLink(p, record, meeting, family))}
          onFollow={followProblem}
        />
      </div>
      <p className="run-when">
        {safeTime(meeting.startsAt)}
        {meeting.venue ? `, ${meeting.venue}` : ''}
      </p>
      {meeting.status === 'cancelled' && <p className="notice">This meeting was cancelled. You can still write down what happened if it went ahead.</p>}
      {record.status === 'finished' && <p className="notice">This meeting has been finished. You can still correct what was typed.</p>}
      <RunSteps family={family} meeting={meeting} record={record} plan={plan} change={change} problems={editor.problems} follow={follow} area={area} flushed={editor.flushed} replace={editor.replace} />
    </div>
  );
}

interface RunStepsProps extends MeetingSectionProps {
  area: AreaSettings;
  /** A field the chair asked to be taken to (from the saved line): its step is opened and the field focused. */
  follow: { problem: ProblemLink; count: number } | null;
  flushed: () => Promise<void>;
  replace: (record: MeetingRecord) => void;
}

/**
 * The agenda down the side and the current step beside it. The step is in the address (?item=…),
 * so a reload keeps the place. Moving to an item times it (and stops the one before); the time
 * is kept in the meeting record (item-timer.ts), so it survives a closed window and reaches the
 * minutes. Moving to "Finish the meeting" stops the timer. A finished meeting's times stay as they were.
 */
function RunSteps({ area, flushed, replace, follow, ...section }: RunStepsProps) {
  const { meeting, record, change, family } = section;
  const [search, setSearch] = useSearchParams();
  const [dateProblem, setDateProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const actions = useFamilyActions(family.id, meeting.id);
  const actionCount = actions?.thisMeeting.length ?? 0;
  // The steps change only when the agenda does, not on every key press (ids never contain spaces).
  const itemIds = record.itemNotes.map((n) => n.itemId).join(' ');
  const steps = useMemo(() => stepsFor(meeting, itemIds === '' ? [] : itemIds.split(' ')), [meeting, itemIds]);
  const key = currentStepKey(steps, search.get('item'), record);
  const at = steps.findIndex((s) => s.key === key);
  const step = steps[at] ?? steps[0];
  const items = new Map((meeting.agenda?.items ?? []).map((item) => [item.id, item]));

  const moveTimer = (to: string) => {
    if (record.status === 'finished') return;
    const target = steps.find((s) => s.key === to);
    const now = new Date();
    if (target?.kind === 'item') change((r) => startItem(r, target.itemId, now));
    if (target?.kind === 'finish') change((r) => stopAllItems(r, now));
  };
  // The side list keeps one callback, so it is not drawn again on every key press; it calls the latest moveTimer.
  const latestMoveTimer = useRef(moveTimer);
  useEffect(() => {
    latestMoveTimer.current = moveTimer;
  });
  const followFromSide = useCallback((to: string) => latestMoveTimer.current(to), []);
  const go = (to: string) => {
    moveTimer(to);
    setSearch(new URLSearchParams(stepSearch(to)), { replace: true });
  };

  // A field named in the saved line: its step opens (without moving the timer), then the field takes focus.
  const pendingField = useRef<string | null>(null);
  const handled = useRef(0);
  useEffect(() => {
    if (follow === null || handled.current === follow.count) return;
    handled.current = follow.count;
    const { problem } = follow;
    const target = steps.find((s) => s.key === problem.step) ?? steps.find((s) => s.parts.some((p) => p === problem.step));
    if (target === undefined || target.key === key) {
      if (problem.id !== undefined) focusById(problem.id);
      return;
    }
    pendingField.current = problem.id ?? null;
    setSearch(new URLSearchParams(stepSearch(target.key)), { replace: true });
  }, [follow, steps, key, setSearch]);

  // Focus goes to the new step's first heading when the chair moves on, not when the page opens.
  const shown = useRef(key);
  useEffect(() => {
    if (shown.current === key) return;
    shown.current = key;
    const field = pendingField.current;
    pendingField.current = null;
    if (field !== null) {
      focusById(field);
      return;
    }
    // The step starts at the top of the window, so the item and its parts are all in view.
    document.getElementById('run-main')?.scrollIntoView({ block: 'start' });
    document.querySelector<HTMLElement>('#run-main h2')?.focus({ preventScroll: true });
  }, [key]);

  if (step === undefined) return null;
  const entries: SideEntry[] = steps.map((s) => ({
    step: s,
    filled: stepSummary(s.parts, record, { ...(s.kind === 'item' ? { itemId: s.itemId } : {}), actionCount }),
    note: s.kind === 'item' ? record.itemNotes.find((n) => n.itemId === s.itemId) : undefined,
    item: s.kind === 'item' ? items.get(s.itemId) : undefined,
  }));
  return (
    <div className="run-layout">
      <AgendaSideList entries={entries} currentKey={step.key} onFollow={followFromSide} />
      <div className="run-main" id="run-main">
        <RunStepView
          key={step.key}
          step={step}
          previous={steps[at - 1]}
          next={steps[at + 1]}
          section={section}
          area={area}
          item={step.kind === 'item' ? items.get(step.itemId) : undefined}
          dateProblem={dateProblem}
          onDateProblem={setDateProblem}
          flushed={flushed}
          replace={replace}
          onGo={go}
          onAnnounce={setAnnouncement}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
