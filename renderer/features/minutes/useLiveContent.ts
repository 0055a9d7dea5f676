import { useMemo } from 'react';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { useReceivedReports } from '../briefings';
import { buildLiveContent } from './live-content';
import type { MinutesContext } from './MinutesFrame';
import { plannedRecipients } from './recipients';

/** The minutes' content as the meeting stands now, and the reports received for it (none while they load). */
export function useLiveContent(context: MinutesContext, row: MinutesRow | undefined) {
  const received = useReceivedReports(context.meeting.id);
  const live = useMemo(
    () => buildLiveContent(context, { reports: received ?? [], row, plannedRecipients: plannedRecipients(context), builtAt: new Date().toISOString() }),
    [context, received, row],
  );
  return { reports: received ?? [], live };
}
