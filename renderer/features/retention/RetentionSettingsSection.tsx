import { Link } from 'react-router';
import type { RetentionRules } from '../../../shared/domain/retention';
import { RetentionForm } from './RetentionForm';
import { useRetentionRules } from './useDueFamilies';
import { paths } from '../../components/paths';
import { useRestartAfterSave } from '../../components/form/useRestartAfterSave';
import { SavedAgainNotice } from '../../components/notices/SavedAgainNotice';

/** The settings page's "Keeping records" section: how long records are kept, and the review list. */
export function RetentionSettingsSection() {
  const stored = useRetentionRules();
  const { version, saved, notice, onSaved } = useRestartAfterSave<RetentionRules>();

  return (
    <section aria-labelledby="retention-heading">
      <h2 className="section-heading" id="retention-heading">
        Keeping records
      </h2>
      <SavedAgainNotice version={version} notice={notice}>
        How long records are kept has been saved.
      </SavedAgainNotice>
      {stored === undefined ? (
        <p>Loading how long records are kept…</p>
      ) : (
        <RetentionForm key={version} saved={saved ?? stored} onSaved={onSaved} />
      )}
      <p>The practice family is not kept: remove it in the Practice family section when you have finished with it.</p>
      <p>
        <Link to={paths.retention()}>Records due for disposal</Link>
      </p>
    </section>
  );
}
