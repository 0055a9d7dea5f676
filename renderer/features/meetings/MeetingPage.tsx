import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Agenda } from '../../../shared/domain/agenda';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { Chair } from './invitation-input';
import { familyStillToBeTold, MEETING_KIND_LABELS, type PlannedMeeting } from '../../../shared/domain/meeting';
import { lengthWords } from '../../../shared/documents/invitation/when';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useAreaSettings, useProfile } from '../../data/hooks/useSettings';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound, MeetingNotFound } from '../../components/notices/NotFound';
import { FlashNotice, flashFrom } from '../../components/notices/FlashNotice';
import { AgendaEditor } from './AgendaEditor';
import { ChangeMeetingForm } from './ChangeMeetingForm';
import { MeetingDay } from './MeetingDay';
import { Invitations } from './Invitations';
import { InviteesSection } from './InviteesSection';
import { MeetingPack } from './MeetingPack';
import { safeTime } from './meeting-words';
import { TellFamilyReminder } from './TellFamilyReminder';
import { useFamilyMeetings } from './useMeetingData';
import { WhoHasBeenTold } from './WhoHasBeenTold';
import { ChildrenComing } from './ChildrenComing';
import { paths } from '../../components/paths';
import { SummaryRow as Row } from '../../components/SummaryRow';

/** One meeting: its details, the agenda, the invitations, and who has been told about changes. */
export function MeetingPage() {
  const { familyId = '', meetingId = '' } = useParams();
  const data = useFamilyMeetings(familyId);
  const area = useAreaSettings();
  const profile = useProfile();
  if (data.state === 'loading' || profile === undefined) return <Loading what="meeting" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  const meeting = data.meetings.find((m) => m.id === meetingId);
  if (!meeting) {
    return (
      <>
        <BackToFamily familyId={data.family.id} familyName={data.family.familyName} />
        <MeetingNotFound familyId={data.family.id} />
      </>
    );
  }
  return <MeetingView family={data.family} meeting={meeting} area={area} chair={profile} />;
}

function MeetingView({ family, meeting, area, chair }: { family: FamilyRecord; meeting: PlannedMeeting; area: AreaSettings; chair: Chair }) {
  const location = useLocation();
  const { meetings } = useRepositories();
  const [changed, setChanged] = useState<{ message: string; count: number } | null>(null);
  const title = `${MEETING_KIND_LABELS[meeting.kind]}: ${family.familyName}`;
  const cancelled = meeting.status === 'cancelled';
  const saveAgenda = async (agenda: Agenda) => {
    await meetings.update(meeting.id, { agenda });
  };
  return (
    <>
      <p className="back-link">
        <Link to={paths.meetings(family.id)}>
          Back to meetings for <bdi>{family.familyName}</bdi>
        </Link>
      </p>
      <PageHeading title={title}>
        {MEETING_KIND_LABELS[meeting.kind]}: <bdi>{family.familyName}</bdi>
      </PageHeading>
      {changed ? <FlashNotice key={changed.count} message={changed.message} takeFocus /> : <FlashNotice message={flashFrom(location.state)} />}
      {familyStillToBeTold(meeting, new Date()) && <TellFamilyReminder />}
      {cancelled && (
        <p className="notice notice--problem">
          This meeting has been cancelled.{meeting.cancelReason ? ` The reason: ${meeting.cancelReason}` : ''}
        </p>
      )}

      <dl className="summary">
        <Row label="When">{safeTime(meeting.startsAt)}</Row>
        <Row label="Length">{lengthWords(meeting.lengthMinutes)}</Row>
        <Row label="Where">
          {meeting.venue || 'Not set'}
          {meeting.place?.kind === 'place' && meeting.place.address ? `, ${meeting.place.address}` : ''}
        </Row>
        {meeting.privacyNote && <Row label="Privacy">{meeting.privacyNote}</Row>}
        {meeting.accessNote && <Row label="Getting there and access">{meeting.accessNote}</Row>}
        <Row label="Child or young person">
          <ChildrenComing meeting={meeting} family={family} />
        </Row>
        <Row label="Who is coming">{meeting.invitees.length === 0 ? 'No one yet' : meeting.invitees.map((i) => i.name).join(', ')}</Row>
      </dl>

      <MeetingDay meeting={meeting} />
      <WhoHasBeenTold meeting={meeting} />
      <InviteesSection family={family} meeting={meeting} now={new Date()} onChanged={(message) => setChanged((c) => ({ message, count: (c?.count ?? 0) + 1 }))} />
      <AgendaEditor key={meeting.id} meeting={meeting} onSave={saveAgenda} />
      <Invitations meeting={meeting} family={family} area={area} chair={chair} />
      <MeetingPack meeting={meeting} family={family} area={area} chair={chair} />
      <ChangeMeetingForm
        key={`${meeting.id}:${meeting.sequence}`}
        meeting={meeting}
        family={family}
        onChanged={(message) => setChanged((c) => ({ message, count: (c?.count ?? 0) + 1 }))}
      />
    </>
  );
}

