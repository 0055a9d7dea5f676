/**
 * A briefing or written report received for a meeting, as the meeting screen, the meeting pack
 * and the minutes see it: who wrote it and what it says, section by section. The briefings
 * feature turns an imported briefing file into this shape (see shared/briefing/).
 */
export type ReceivedReportKind = 'school-briefing' | 'written-report';

export interface ReceivedReport {
  id: string;
  meetingId: string;
  /** The child it is about (person id in the family record). */
  childId: string;
  /** The agenda item it is shown beside; null means the chair has not chosen (shown beside the first item). */
  agendaItemId: string | null;
  kind: ReceivedReportKind;
  author: { name: string; role: string; agency: string; practitionerId: string | null };
  /** ISO date the author wrote it. */
  writtenOn: string;
  /** ISO instant it was imported. */
  receivedAt: string;
  /** In the order the author wrote them; `words` marks text that is the child's own words. */
  /** childsOwnWords: what the child said; howChildSaidIt: how and when they said it, to whom. */
  sections: ReadonlyArray<{ heading: string; text: string; childsOwnWords?: boolean; howChildSaidIt?: boolean }>;
}
