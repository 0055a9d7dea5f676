import type { FieldError } from '../../../../shared/domain/family';
import type { FamilyFormDraft } from '../model/form-draft';

/** What each section of the family form is given. */
export interface SectionProps {
  draft: FamilyFormDraft;
  errors: readonly FieldError[];
  update(change: (draft: FamilyFormDraft) => FamilyFormDraft): void;
  /** Moves focus to this element once the next render has put it on screen. */
  focusNext(id: string): void;
  newId(): string;
}
