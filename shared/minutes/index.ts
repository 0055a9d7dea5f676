/**
 * Minutes: content in the standard order (content.ts), every document made from it
 * (documents.ts, meeting-documents.ts), the workflow (workflow.ts), who may have a copy and what
 * each copy leaves out (recipients.ts), one call per copy (export.ts), and the plain-language
 * check of the family's version (plain-check.ts). See docs/decisions/0015-minutes-workflow-and-sharing.md.
 */
export * from './types';
export { minutesContent, venueWords, reportBlocks, blockText, type BuildOptions } from './content';
export { minutesDocument, familyVersionDocument, reviewCopyDocument, childLetterDocument, actionPlanDocument, type MinutesVariant } from './documents';
export { agendaDocument, meetingPackDocument, type MeetingDocumentInput, type MeetingDocumentOptions } from './meeting-documents';
export * from './workflow';
export * from './recipients';
export * from './export';
export * from './plain-check';
export { spellOut, roleMeaning, termsUsed } from './plain-words';
export { defaultMinutesWording, loadDefaultMinutesWording, parseMinutesWording, minutesWordingSchema, fill, type MinutesWording, type WordingParse } from './wording';
