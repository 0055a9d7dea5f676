/** Every minutes document, built from the content (content.ts). */
import type { TeamDocument } from '../documents/model';
import type { MinutesContent } from '../domain/minutes';
import type { MinutesDocumentOptions } from './types';

export type MinutesVariant = 'professional' | 'family';

export function minutesDocument(content: MinutesContent, options: MinutesDocumentOptions & { variant: MinutesVariant }): TeamDocument {
  void content; void options;
  throw new Error('Not built yet');
}
export function familyVersionDocument(content: MinutesContent, options: MinutesDocumentOptions): TeamDocument {
  return minutesDocument(content, { ...options, variant: 'family' });
}
export function childLetterDocument(content: MinutesContent, childId: string, options: MinutesDocumentOptions): TeamDocument {
  void childId;
  return minutesDocument(content, { ...options, variant: 'family' });
}
export function actionPlanDocument(content: MinutesContent, options: MinutesDocumentOptions): TeamDocument {
  return minutesDocument(content, { ...options, variant: 'professional' });
}
export function reviewCopyDocument(content: MinutesContent, options: MinutesDocumentOptions): TeamDocument {
  return minutesDocument(content, { ...options, variant: 'family' });
}
