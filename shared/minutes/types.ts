/**
 * What the minutes are made from, and the options every minutes document takes. The content
 * (content.ts) is built once from these; every document (documents.ts) is built from the content.
 */
import type { Action } from '../domain/action';
import type { AreaSettings } from '../domain/area-settings';
import type { FamilyRecord } from '../domain/family-record';
import type { PlannedMeeting } from '../domain/meeting';
import type { MeetingRecord, VoiceImage } from '../domain/meeting-record';
import type { Amendment, DistributionEntry, EarlierResponse, FamilyResponse } from '../domain/minutes';
import type { ReceivedReport } from '../domain/received-report';
import type { DistanceTravelled } from '../rules/distance-travelled';
import type { Glossary } from '../rules/glossary';
import type { MinutesWording } from './wording';

export interface MinutesChair {
  name: string;
  /** e.g. "Family support worker". */
  role: string;
}

/** Someone who will be sent the minutes once the family has agreed them, and on what basis ("The family agreed on 3 March 2026"). */
export interface PlannedRecipient {
  name: string;
  role: string;
  /** In plain words. */
  basis: string;
}

export interface MinutesInput {
  /** The whole family record: content is built unredacted, and each recipient's copy is redacted from it (recipients.ts). */
  family: FamilyRecord;
  meeting: PlannedMeeting;
  record: MeetingRecord;
  /** Actions agreed at this meeting (meetingId is this meeting). */
  actions: readonly Action[];
  /** Actions from earlier meetings that `record.actionUpdates` review. */
  earlierActions: readonly Action[];
  reports: readonly ReceivedReport[];
  /** The children's pictures named in `record.childVoices[].imageIds`. */
  voiceImages: readonly VoiceImage[];
  area: AreaSettings;
  chair: MinutesChair;
  glossary: Glossary;
  /** The consent register in one line ("School: yes. Housing: no."), from consentSummaryLine. */
  consentSummary: string;
  /** Who will receive the minutes once agreed (from recipients.ts: the allowed ones). */
  plannedRecipients: readonly PlannedRecipient[];
  /** What is already on the minutes row: copies sent, the family's answers, the chair's changes after review. */
  minutes?: {
    version: number;
    distribution: readonly DistributionEntry[];
    responses: readonly FamilyResponse[];
    earlierResponses: readonly EarlierResponse[];
    amendments: readonly Amendment[];
  };
  /** The plan's scaling and action outcomes up to this meeting (shared/rules/distance-travelled.ts); shown when there are earlier meetings. */
  distance?: DistanceTravelled;
  /** ISO instant, written into the content. */
  builtAt: string;
}

export interface MinutesDocumentOptions {
  /** DRAFT on every page: use `draftMarkingNeeded(row, terms)` from workflow.ts (the area's agreement rule decides). */
  draft: boolean;
  /** ISO instant written into the file's metadata. */
  createdAt?: string;
  /** Printed under the title: "Copy for Ana Lopez". */
  recipientName?: string;
  /** Which version of the minutes this is (printed when above 1). */
  version?: number;
  /** For a corrected version: the version it corrects and why (printed under the title). */
  correction?: { previous: number; reason: string };
  /** An area's own wording; the shipped templates/minutes/wording.json when left out. */
  wording?: MinutesWording;
}
