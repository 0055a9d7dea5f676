import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { DRAFT_MARKING } from './minutes-words';
import { unlessRefused } from './refused';
import { StepForm } from './StepForm';

/** Locks this version: its content is frozen exactly as it is now. Later changes need a corrected version. */
export function FinaliseForm({ row, draft, content, by, onDone }: { row: MinutesRow; draft: boolean; content: MinutesContent; by: string; onDone(message: string): void }) {
  const { minutes } = useRepositories();

  const form = useFormSubmit({
    check: () => ({ ok: true, value: content }),
    save: (frozen: MinutesContent) => unlessRefused(minutes.finalise(row.id, frozen, by)),
    afterSave: () => onDone(`Version ${row.version} of the minutes is final and locked. Copies can now be shared with those the family agreed to.`),
  });

  return (
    <StepForm id="finalise" heading="Make the minutes final" form={form} submitLabel="Make the minutes final">
      <p>Final minutes are locked. If something is wrong later, you make a corrected version and this one stays as it is.</p>
      {draft && (
        <p className="notice notice--reminder">
          The family has not agreed these minutes. Their own words are kept and printed, and every page will still say “{DRAFT_MARKING}”.
        </p>
      )}
      <SaveProblem message={form.saveError} />
    </StepForm>
  );
}
