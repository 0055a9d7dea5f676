import { useState, type FormEvent } from 'react';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/form/FormActions';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { Profile } from '../../data/repositories/settings';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { isReferralDraft, newReferralDraft, referralFromDraft, type ReferralDraft } from './referral-draft';
import { ReferralFields } from './ReferralFields';

interface Props {
  family: FamilyRecord;
  profile: Profile;
  /** Called once the referral is saved (with its audit entry) and the draft cleared. */
  onRecorded(): void;
}

/** Records a referral to children's social care. It never asks about or waits for consent. */
export function ReferralForm({ family, profile, onRecorded }: Props) {
  const { referrals } = useRepositories();
  const childIds = family.children.map((c) => c.id);
  const draft = useAutosavedDraft(`referral-form:${family.id}`, () => newReferralDraft(childIds, profile, todayInLondon()), isReferralDraft);
  const [referralId] = useState(newId);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = draft.value;
  if (!value) return <p>Loading…</p>;
  const check = (d: ReferralDraft) => referralFromDraft(d, { familyId: family.id, childIds, id: referralId, recordedAt: new Date().toISOString(), today: todayInLondon() });
  const validation = attempt > 0 ? check(value) : null;
  const errors = validation && !validation.ok ? validation.errors : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = check(value);
    if (!result.ok) return;
    setSaving(true);
    try {
      const saved = await referrals.record(result.value, todayInLondon());
      if (!saved.ok) {
        setSaveError(saved.errors[0]?.message ?? 'The referral could not be recorded. Check the details and try again.');
        setSaving(false);
        return;
      }
      await draft.finish();
      onRecorded();
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="referral-form-heading">
      <ErrorSummary errors={errors.map((e) => ({ fieldId: `referral-${e.path}`, message: e.message }))} attempt={attempt} />
      <SaveProblem message={saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="recorded as a referral" onDiscard={() => void draft.discard()} />
      <ReferralFields family={family} draft={value} errors={errors} onChange={(change) => draft.update((d) => ({ ...d, ...change }))} />
      <FormActions saveState={draft.saveState} submitLabel="Record the referral" busy={saving} />
    </form>
  );
}
