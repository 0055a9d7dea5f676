import type { ReceivedReport } from '../../../shared/domain/received-report';

/** Placeholder until built: the reports received for a meeting, live; undefined while loading. */
export function useReceivedReports(_meetingId: string): ReceivedReport[] | undefined {
  return [];
}
