/** Placeholder until built: briefings and written reports received for this agenda item. */
export function ReportsBesideItem(_props: { familyId: string; meetingId: string; itemId: string; isFirstItem: boolean }) {
  return null;
}
