import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { toReceivedReport, type BriefingRow } from '../../../shared/briefing/received';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The briefings received for a meeting, as stored (with the file), live; undefined while loading. */
export function useReceivedBriefings(meetingId: string): BriefingRow[] | undefined {
  const { briefings } = useRepositories();
  return useLiveQuery(() => briefings.receivedFor(meetingId), [briefings, meetingId]);
}

/**
 * The reports received for a meeting, live, in the order they were written; undefined while
 * loading. The same array is returned until the stored briefings change, so it is safe in effects.
 */
export function useReceivedReports(meetingId: string): ReceivedReport[] | undefined {
  const rows = useReceivedBriefings(meetingId);
  return useMemo(() => rows?.map(toReceivedReport), [rows]);
}
