/** What other features may use from the meetings feature. */
export { safeTime } from './meeting-words';
export { MeetingsSummary } from './MeetingsSummary';
export { useFamilyMeetings } from './useMeetingData';
export { ChildComingQuestion } from './ChildComingQuestion';
