import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { MEETING_KIND_LABELS } from '../../../shared/domain/meeting';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useProfile } from '../../data/hooks/useSettings';
import { safeTime } from '../meetings';
import { useFamilyMeetings } from '../meetings';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { FlashNotice } from '../../components/notices/FlashNotice';
import { ImportBriefing } from './ImportBriefing';
import { ReceivedList } from './ReceivedList';
import { RequestBriefing } from './RequestBriefing';
import { useReceivedBriefings } from './useReceivedReports';
import { paths } from '../../components/paths';

/** The chair's side: ask for briefings, bring in the files that come back, and see what has been received. */
export function MeetingBriefingsPage() {
  const { familyId = '', meetingId = '' } = useParams();
  const data = useFamilyMeetings(familyId);
  const profile = useProfile();
  const rows = useReceivedBriefings(meetingId);
  const [flash, setFlash] = useState<{ message: string; count: number } | null>(null);
  if (data.state === 'loading' || profile === undefined) return <Loading what="briefings" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  const { family } = data;
  const meeting = data.meetings.find((m) => m.id === meetingId);
  const back = meeting ? paths.meeting(family.id, meeting.id) : paths.meetings(family.id);
  const title = `Briefings and written reports: ${family.familyName}`;
  return (
    <>
      <p className="back-link">
        <Link to={back}>{meeting ? 'Back to the meeting' : 'Back to the family’s meetings'}</Link>
      </p>
      <PageHeading title={title}>
        Briefings and written reports: <bdi>{family.familyName}</bdi>
      </PageHeading>
      {!meeting ? (
        <p>This meeting could not be found. It may have been removed.</p>
      ) : (
        <>
          <p className="lead">
            For the {MEETING_KIND_LABELS[meeting.kind].toLocaleLowerCase('en-GB')} on {safeTime(meeting.startsAt)}.
          </p>
          {flash && <FlashNotice key={flash.count} message={flash.message} takeFocus />}
          <RequestBriefing family={family} meeting={meeting} chair={profile} />
          <ImportBriefing meeting={meeting} onImported={(message) => setFlash((f) => ({ message, count: (f?.count ?? 0) + 1 }))} />
          <ReceivedList meeting={meeting} rows={rows} />
        </>
      )}
    </>
  );
}
