import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '../../../shared/domain/action';
import type { ConsentEvent } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { MeetingRecord, VoiceImage } from '../../../shared/domain/meeting-record';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { todayInLondon } from '../../../shared/rules/dates';
import { distanceTravelled, planOn, type DistanceTravelled } from '../../../shared/rules/distance-travelled';
import { londonTime } from '../../../shared/time/london';
import { useRepositories } from '../../data/hooks/useRepositories';
import { USUAL_SCALING_QUESTION } from '../../../shared/domain/scaling-scale';

export interface MinutesData {
  family: FamilyRecord;
  meeting: PlannedMeeting;
  /** What was captured at the meeting; undefined until the meeting has been run. */
  record: MeetingRecord | undefined;
  /** Actions agreed at this meeting. */
  actions: Action[];
  /** The earlier actions this meeting reviewed. */
  earlierActions: Action[];
  voiceImages: VoiceImage[];
  consents: ConsentEvent[];
  practitioners: Practitioner[];
  /** Every version of the minutes, oldest first. */
  versions: MinutesRow[];
  /** The plan's scaling and action outcomes up to this meeting, for the minutes' chart. */
  distance: DistanceTravelled | undefined;
}

export type MinutesLoad = { state: 'loading' } | { state: 'missing-family' } | { state: 'missing-meeting'; family: FamilyRecord } | ({ state: 'ready' } & MinutesData);

/** Everything the minutes screens need about one meeting, kept live. */
export function useMinutesData(familyId: string, meetingId: string): MinutesLoad {
  const repos = useRepositories();
  const { families, meetings, meetingRecords, actions, voiceImages, consent, directory, minutes, plans } = repos;
  const data = useLiveQuery(async (): Promise<MinutesLoad> => {
    const family = await families.get(familyId);
    if (!family) return { state: 'missing-family' };
    const meeting = await meetings.get(meetingId);
    if (!meeting || meeting.familyId !== familyId) return { state: 'missing-meeting', family };
    const [record, forMeeting, all, images, consents, practitioners, versions, familyPlans, familyMeetings, familyRecords] = await Promise.all([
      meetingRecords.get(meetingId),
      actions.forMeeting(meetingId),
      actions.forFamily(familyId),
      voiceImages.forMeeting(meetingId),
      consent.forFamily(familyId),
      directory.practitioners(),
      minutes.forMeeting(meetingId),
      plans.forFamily(familyId),
      meetings.forFamily(familyId),
      meetingRecords.forFamily(familyId),
    ]);
    const plan = planOn(familyPlans, londonTime(meeting.startsAt).toPlainDate().toString());
    const distance = plan
      ? distanceTravelled({ plan, meetings: familyMeetings, records: familyRecords, today: todayInLondon(), upTo: meetingId, defaultQuestion: USUAL_SCALING_QUESTION })
      : undefined;
    const reviewed = new Set((record?.actionUpdates ?? []).map((u) => u.actionId));
    return {
      state: 'ready',
      family,
      meeting,
      record,
      actions: forMeeting,
      earlierActions: all.filter((a) => reviewed.has(a.id)),
      voiceImages: images,
      consents,
      practitioners,
      versions,
      distance,
    };
  }, [families, meetings, meetingRecords, actions, voiceImages, consent, directory, minutes, plans, familyId, meetingId]);
  return data ?? { state: 'loading' };
}
