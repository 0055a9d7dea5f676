import { useLiveQuery } from 'dexie-react-hooks';
import { toReceivedReport, type BriefingRow } from '../../../shared/briefing/received';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The briefings received for a meeting, as stored (with the file), live; undefined while loading. */
export function useReceivedBriefings(meetingId: string): BriefingRow[] | undefined {
  const { briefings } = useRepositories();
  return useLiveQuery(() => briefings.receivedFor(meetingId), [briefings, meetingId]);
}

/** The reports received for a meeting, live, in the order they were written; undefined while loading. */
export function useReceivedReports(meetingId: string): ReceivedReport[] | undefined {
  const rows = useReceivedBriefings(meetingId);
  return rows?.map(toReceivedReport);
}
