import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { briefingBodyFrom, briefingTitle, type AuthoredBriefing } from '../../../shared/briefing/authored';
import type { BriefingBody } from '../../../shared/briefing/file-format';
import { dayWords } from '../../../shared/time/london';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatus } from '../../components/SaveStatus';
import { FlashNotice, flashFrom } from '../../components/notices/FlashNotice';
import { BriefingForm } from './BriefingForm';
import { DeleteBriefing } from './DeleteBriefing';
import { ExportBriefing } from './ExportBriefing';
import { useAuthoredBriefing } from './useAuthoredBriefing';
import { paths } from '../../components/paths';

function BackToBriefings() {
  return (
    <p className="back-link">
      <Link to={paths.briefings()}>Back to briefings and reports</Link>
    </p>
  );
}

/** Writing one briefing or report: every part saved as it is typed, then saved as a file for the chair. */
export function BriefingFormPage() {
  const { briefingId = '' } = useParams();
  const edited = useAuthoredBriefing(briefingId);
  if (edited.value === undefined) return <Loading what="briefing" />;
  if (edited.value === null) {
    return (
      <>
        <BackToBriefings />
        <PageHeading title="Briefing not found" />
        <p>This briefing could not be found. It may have been deleted.</p>
      </>
    );
  }
  return <BriefingEditor key={briefingId} briefing={edited.value} edited={edited} />;
}

function BriefingEditor({ briefing, edited }: { briefing: AuthoredBriefing; edited: ReturnType<typeof useAuthoredBriefing> }) {
  const location = useLocation();
  const [attempt, setAttempt] = useState(0);
  const title = briefingTitle(briefing.kind, briefing.child.name.trim() || briefing.request.child.name);
  // Problems show after the first try to save a file, then follow the corrections.
  const checked = attempt > 0 ? briefingBodyFrom(briefing, { now: new Date().toISOString(), today: todayInLondon() }) : null;
  const problems = checked && !checked.ok ? checked.problems : [];
  const errors = new Map<string, string>();
  for (const p of problems) if (!errors.has(p.fieldId)) errors.set(p.fieldId, p.message);

  const ready = async (): Promise<BriefingBody | null> => {
    setAttempt((n) => n + 1);
    await edited.flushed();
    const result = briefingBodyFrom(briefing, { now: new Date().toISOString(), today: todayInLondon() });
    return result.ok ? result.body : null;
  };

  const { askedBy } = briefing.request;
  return (
    <>
      <BackToBriefings />
      <PageHeading title={title}>
        {briefing.kind === 'school-briefing' ? 'School briefing' : 'Written report'} about <bdi>{briefing.child.name.trim() || briefing.request.child.name}</bdi>
      </PageHeading>
      <FlashNotice message={flashFrom(location.state)} />
      <p className="lead">
        For the meeting on {dayWords(briefing.request.meetingDate)}, asked for by <bdi>{askedBy.name || 'the chair of the meeting'}</bdi>
        {askedBy.role ? ` (${askedBy.role})` : ''}. What you type is saved as you go, on this computer only.
      </p>
      <ErrorSummary errors={problems.map((p) => ({ fieldId: p.fieldId, message: p.message }))} attempt={attempt} />
      <form className="form" noValidate onSubmit={(event) => event.preventDefault()}>
        <BriefingForm briefing={briefing} errors={errors} update={edited.update} />
        <div className="form__actions">
          <SaveStatus state={edited.saveState} />
        </div>
      </form>
      <ExportBriefing briefingId={briefing.id} ready={ready} />
      <DeleteBriefing briefingId={briefing.id} title={title} beforeDelete={edited.flushed} />
    </>
  );
}
