import { useState } from 'react';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { FormActions } from '../../components/form/FormActions';
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
  const [referralId] = useState(newId);
  const form = useDraftForm({
    draftKey: `referral-form:${family.id}`,
    initial: () => newReferralDraft(childIds, profile, todayInLondon()),
    isDraft: isReferralDraft,
    check: (d: ReferralDraft) => referralFromDraft(d, { familyId: family.id, childIds, id: referralId, recordedAt: new Date().toISOString(), today: todayInLondon() }),
    save: async (checked) => {
      const saved = await referrals.record(checked, todayInLondon());
      if (!saved.ok) throw new SaveRefused(saved.errors[0]?.message ?? 'The referral could not be recorded. Check the details and try again.');
    },
    afterSave: onRecorded,
    // The form has no "Cancel": the draft is only ever discarded from the restored-draft notice.
    afterCancel: () => undefined,
  });
  const { draft, value, errors, saveError } = form;
  if (!value) return <p>Loading…</p>;

  return (
    <form className="form" noValidate onSubmit={form.submit} aria-labelledby="referral-form-heading">
      <ErrorSummary errors={errors.map((e) => ({ fieldId: `referral-${e.path}`, message: e.message }))} attempt={form.attempt} />
      <SaveProblem message={saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="recorded as a referral" onDiscard={() => void draft.discard()} />
      <ReferralFields family={family} draft={value} errors={errors} onChange={(change) => draft.update((d) => ({ ...d, ...change }))} />
      <FormActions saveState={draft.saveState} submitLabel="Record the referral" busy={form.saving} />
    </form>
  );
}
