import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveStatus } from '../../components/SaveStatus';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { AREA_DRAFT_KEY, areaFieldId, draftFromSettings, errorFor, inputFromDraft, isAreaDraft, sortByForm, validateAreaDraft, type AreaDraft } from './area-draft';
import { DraftRestored } from './DraftRestored';
import { LevelsEditor } from './LevelsEditor';
import { LogoField } from './LogoField';
import { ReviewFrequencyField } from './ReviewFrequencyField';
import { TextAreaField } from '../../components/TextAreaField';
import { WordsFields } from './WordsFields';
import { paths } from '../../components/paths';

/** Changes the area's settings. What is typed is kept as a draft until it is saved. */
export function AreaSettingsForm({ saved }: { saved: AreaSettings }) {
  const navigate = useNavigate();
  const { settings } = useRepositories();
  const draft = useAutosavedDraft(AREA_DRAFT_KEY, () => draftFromSettings(saved), isAreaDraft);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = draft.value;
  if (!value) return <p>Loading…</p>;

  // Messages appear after the first attempt to save, then follow the user's corrections.
  const errors = attempt > 0 ? sortByForm(validateAreaDraft(value)) : [];
  const set = (change: Partial<AreaDraft>) => draft.update((d) => ({ ...d, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    if (validateAreaDraft(value).length > 0) return;
    setSaving(true);
    try {
      const result = await settings.saveArea(inputFromDraft(value));
      if (!result.ok) {
        setSaving(false);
        return;
      }
      await draft.finish();
      navigate(paths.settings(), { state: { flash: 'The area settings have been saved. Every screen now uses them.' } });
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate(paths.settings());
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: areaFieldId(e.path), message: e.message }))} attempt={attempt} />
      {saveError && (
        <div className="notice notice--problem" role="alert">
          {saveError}
        </div>
      )}
      {draft.restoredAt && <DraftRestored at={draft.restoredAt} what="the area settings" onDiscard={() => void draft.discard()} />}

      <h2 className="section-heading">Your area</h2>
      <TextField
        id="areaName"
        label="Name of your area (optional)"
        hint="Your council or partnership, for example Leeds City Council. It is shown at the top of every screen."
        autoComplete="off"
        value={value.areaName}
        error={errorFor(errors, 'areaName')}
        onValueChange={(areaName) => set({ areaName })}
      />
      <LogoField logo={value.logo} errors={errors} onChange={(logo) => set({ logo })} />

      <h2 className="section-heading">The words your area uses</h2>
      <p className="field__hint">Screens and documents use these words, so families and colleagues see the names they already know.</p>
      <WordsFields words={value.words} errors={errors} onChange={(change) => set({ words: { ...value.words, ...change } })} />

      <LevelsEditor levels={value.levels} errors={errors} onChange={(levels) => set({ levels })} />

      <h2 className="section-heading">Reviews and documents</h2>
      <ReviewFrequencyField count={value.reviewCount} unit={value.reviewUnit} errors={errors} onChange={set} />
      <TextField
        id="protectiveMarking"
        label="Protective marking"
        hint="Printed at the top and bottom of every page of every document. Most areas use OFFICIAL-SENSITIVE, which is used if you leave this empty."
        autoComplete="off"
        spellCheck={false}
        width="medium"
        value={value.protectiveMarking}
        error={errorFor(errors, 'protectiveMarking')}
        onValueChange={(protectiveMarking) => set({ protectiveMarking })}
      />
      <TextAreaField
        id="templatesSource"
        label="Where your term dates and templates come from (optional)"
        hint="So colleagues know where to check for updates, for example: Term dates from Leeds City Council, updated each July"
        value={value.templatesSource}
        error={errorFor(errors, 'templatesSource')}
        onValueChange={(templatesSource) => set({ templatesSource })}
      />

      <div className="form__actions">
        <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
        <button type="submit" className="button" disabled={saving}>
          Save area settings
        </button>
        <button type="button" className="button button--secondary" onClick={() => void cancel()}>
          Cancel and discard changes
        </button>
      </div>
    </form>
  );
}
