import { useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { FlashNotice, flashFrom } from '../../components/notices/FlashNotice';
import { AuthoredList } from './AuthoredList';
import { StartBriefing } from './StartBriefing';

/** A school's or agency's own briefings and reports: start one from the chair's request, and the list. */
export function BriefingsPage() {
  const location = useLocation();
  return (
    <>
      <PageHeading title="Briefings and reports" />
      <FlashNotice message={flashFrom(location.state)} />
      <p className="lead">
        Here a school, or anyone who works with a child, writes a briefing or a written report for a Team Around meeting, and saves it as a file to
        send to the chair of the meeting.
      </p>
      <StartBriefing />
      <AuthoredList />
    </>
  );
}
