/**
 * One call per copy: the right content (frozen once final), the recipient's safety-flag redaction
 * before the document is built, the DRAFT marking decided by the workflow and the area's agreement
 * rule (never by the caller), and a last check that nothing withheld from this person is anywhere
 * in the finished document. A letter to a child is made only from agreed minutes (record 0046).
 */
import type { TeamDocument } from '../documents/model';
import type { AgreementRule } from '../domain/area-settings';
import type { MeetingInvitee } from '../domain/meeting';
import { assertNothingWithheld, stringsIn, WithheldDetailError } from '../documents/invitation/leak-guard';
import type { FamilyRecord } from '../domain/family-record';
import { familyContactValues, hasContactDetails } from '../rules/contact-details';
import type { MinutesContent, MinutesDocumentKind, MinutesRow, RecipientRef } from '../domain/minutes';
import { actionPlanDocument, childLetterDocument, familyVersionDocument, minutesDocument, reviewCopyDocument } from './documents';
import { redactContentFor } from './recipients';
import type { MinutesDocumentOptions } from './types';
import { contentForExport, draftMarkingNeeded } from './workflow';
import { defaultMinutesWording, type MinutesWording } from './wording';

/** A withheld detail would still be in a copy (say, typed into a note in a way the redaction did not catch). */
export class WithheldInCopyError extends Error {
  constructor(name: string) {
    super(`This copy for ${name} would show a detail that a safety flag hides from them. Take it out of the minutes and try again.`);
    this.name = 'WithheldInCopyError';
  }
}

/** A child's letter was asked for before the minutes count as agreed: a child is never sent a draft. */
export class NotAgreedYetError extends Error {
  constructor(name: string) {
    super(`The letter for ${name} can be made once the minutes count as agreed with the family, so it never says DRAFT. Record the family’s answers first.`);
    this.name = 'NotAgreedYetError';
  }
}

export type MinutesExportKind = Exclude<MinutesDocumentKind, 'agenda' | 'meeting-pack'>;

export interface MinutesExportRequest {
  document: MinutesExportKind;
  row: MinutesRow;
  /** The content built now from the meeting's data; a final version uses its frozen snapshot instead. */
  live: MinutesContent;
  /** The whole, unredacted family record (its safety flags decide what this copy leaves out). */
  family: FamilyRecord;
  recipient: RecipientRef;
  /** The area's agreement rule (AreaSettings.agreementRule) and the meeting's invitation list: they decide the DRAFT marking. */
  agreement: { rule: AgreementRule; invitees: readonly MeetingInvitee[] };
  /** For a child's letter: which child. */
  childId?: string;
  /** ISO instant written into the file. */
  createdAt?: string;
  wording?: MinutesWording;
}

/** The document for one recipient. Throws WithheldInCopyError rather than let a withheld detail out. */
export function minutesExport(req: MinutesExportRequest): TeamDocument {
  const wording = req.wording ?? defaultMinutesWording;
  const content = redactContentFor(contentForExport(req.row, req.live, wording), req.family, req.recipient.id, wording.minutes.withheld);
  const draft = draftMarkingNeeded(req.row, { ...req.agreement, family: req.family });
  const options: MinutesDocumentOptions = {
    draft,
    version: req.row.version,
    wording,
    recipientName: req.recipient.name,
    ...(req.row.correctionOf !== null ? { correction: { previous: req.row.version - 1, reason: req.row.correctionReason } } : {}),
    ...(req.createdAt ? { createdAt: req.createdAt } : {}),
  };
  const doc = build(req, content, options);
  try {
    assertNothingWithheld(req.recipient.id, req.family, doc);
    // A child's letter carries nobody's contact details at all, flagged or not.
    if (req.document === 'child-letter' && hasContactDetails(stringsIn(doc.blocks).join('\n'), familyContactValues(req.family))) throw new WithheldDetailError();
  } catch (error) {
    if (error instanceof WithheldDetailError) throw new WithheldInCopyError(req.recipient.name);
    throw error;
  }
  return doc;
}

function build(req: MinutesExportRequest, content: MinutesContent, options: MinutesDocumentOptions): TeamDocument {
  switch (req.document) {
    case 'minutes':
      return minutesDocument(content, { ...options, variant: 'professional' });
    case 'family-version':
      return familyVersionDocument(content, options);
    case 'review-copy':
      return reviewCopyDocument(content, options);
    case 'action-plan':
      return actionPlanDocument(content, { ...options, variant: req.recipient.kind === 'family-member' ? 'family' : 'professional' });
    case 'child-letter': {
      const childId = req.childId ?? (req.recipient.kind === 'family-member' ? req.recipient.id : undefined);
      if (childId === undefined) throw new Error('Say which child the letter is for.');
      if (options.draft) throw new NotAgreedYetError(content.childLetters.find((c) => c.childId === childId)?.name ?? 'the child');
      return childLetterDocument(content, childId, options);
    }
  }
}

/** "Ruiz-minutes-v2-2026-11-23-Ana-Lopez": a file name with nothing a file system refuses. */
export function exportFileStem(familyName: string, document: MinutesDocumentKind, version: number, meetingDate: string, who: string): string {
  const safe = (s: string) =>
    [...s]
      .filter((ch) => ch.charCodeAt(0) >= 32 && !'\\/:*?"<>|'.includes(ch))
      .join('')
      .trim()
      .replace(/\s+/g, '-')
      .slice(0, 60);
  return [safe(familyName), document, `v${version}`, meetingDate, safe(who)].filter((s) => s !== '').join('-');
}
