/**
 * The markings every document about a family carries: the area's protective marking, and PRACTICE
 * on every page when the family is the made-up practice family. Document builders spread this into
 * the document's metadata (shared/documents/model.ts: `marking` and `practice`), and the renderers
 * print both on every page of the Word and PDF files.
 */
import type { AreaSettings } from './area-settings';

export interface DocumentMarkings {
  marking: string;
  practice: boolean;
}

export function documentMarkings(area: Pick<AreaSettings, 'protectiveMarking'>, family: { isPractice: boolean } | null): DocumentMarkings {
  return { marking: area.protectiveMarking, practice: family?.isPractice === true };
}
