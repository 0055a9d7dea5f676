import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ACTION_STATUS_LABELS } from '../../../shared/domain/action';
import type { CopyFormat } from '../../../shared/domain/audit-vocabulary';
import { describePractitioner } from '../../../shared/domain/directory';
import { dueWords, familyLabel, leftOutWords, ownerActionsTitle } from '../../../shared/owner-actions/document';
import { formatLongDate } from '../../../shared/rules/dates';
import { Loading, NotFound, PageHeading } from '../../components';
import { paths } from '../../components/paths';
import { getBridge } from '../../bridge';
import { StorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useAreaSettings, useProfile } from '../../data/hooks/useSettings';
import type { OwnerActionsView } from '../../data/repositories/owner-actions';
import { useOwnerActions } from './useOwnerActions';

/** One practitioner's open actions across families, and the list saved as Word or PDF to send them. */
export function OwnerActionsPage() {
  const { practitionerId = '' } = useParams();
  const state = useOwnerActions(practitionerId);
  switch (state.status) {
    case 'loading':
      return <Loading what="the actions" />;
    case 'missing':
      return <NotFound heading="Practitioner not found" message="This practitioner is not in the directory." link={{ to: paths.directory(), text: 'Go to the directory' }} />;
    case 'failed':
      return (
        <>
          <PageHeading title="Open actions" />
          <p role="alert">{state.message}</p>
        </>
      );
    case 'ready':
      return <OwnerActions view={state.view} />;
  }
}

function OwnerActions({ view }: { view: OwnerActionsView }) {
  const { owner, list, today } = view;
  const count = list.families.reduce((n, f) => n + f.rows.length, 0);
  return (
    <>
      <p>
        <Link to={paths.directory()}>Back to the directory</Link>
      </p>
      <PageHeading title={ownerActionsTitle(owner)} />
      <p>
        <bdi>{describePractitioner(owner)}</bdi>. As on {formatLongDate(today)}: {count === 1 ? '1 open action' : `${count} open actions`} you may send them, soonest first.
      </p>

      <section aria-labelledby="owner-actions-list">
        <h2 id="owner-actions-list">Their open actions</h2>
        {list.families.length === 0 && <p>No open actions to send.</p>}
        {list.families.map((family) => (
          <div key={family.familyId}>
            <h3>
              <Link to={paths.family(family.familyId)}>{familyLabel(family.familyName)}</Link>
            </h3>
            <ul>
              {family.rows.map((row) => (
                <li key={row.actionId}>
                  <bdi>{row.what}</bdi>. Done by {dueWords(row)}. {ACTION_STATUS_LABELS[row.status]}.
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {list.leftOut.length > 0 && (
        <section aria-labelledby="owner-actions-left-out">
          <h2 id="owner-actions-left-out">Not in the list</h2>
          <p>
            These families have not agreed to share information with <bdi>{owner.name}</bdi>
            {owner.agency.trim() === '' ? '' : <> or {owner.agency}</>}, so their actions are not shown here or sent. The list you send says only: “
            {leftOutWords(list.leftOut.length, owner)}”
          </p>
          <ul>
            {list.leftOut.map((f) => (
              <li key={f.familyId}>
                <Link to={paths.consent(f.familyId)}>{familyLabel(f.familyName)}</Link>: {f.reason}
              </li>
            ))}
          </ul>
        </section>
      )}

      <SendList view={view} />
    </>
  );
}

function SendList({ view }: { view: OwnerActionsView }) {
  const { ownerActions } = useRepositories();
  const area = useAreaSettings();
  const profile = useProfile();
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);

  const save = async (format: CopyFormat) => {
    if (busy) return;
    setBusy(true);
    setResult('');
    try {
      const files = await import('./owner-actions-files');
      const stem = `Open actions for ${view.owner.name} ${view.today}`.replace(/[\\/:*?"<>|]/g, '');
      const made = await files.ownerActionsFile(
        view.owner,
        view.list,
        { today: view.today, marking: area.protectiveMarking, author: profile?.name ?? '' },
        format,
        { name: (extension) => `${stem}.${extension}`, print: (request) => getBridge().printPdf(request) },
      );
      if ('failed' in made) {
        setResult(made.failed);
        return;
      }
      const saved = await getBridge().saveFile({ suggestedName: made.name, kind: made.kind, data: made.data });
      if (saved.status === 'saved') {
        await ownerActions.recordExport(view.owner.id, format);
        setResult(`Saved as ${saved.fileName}. Send it to ${view.owner.name} securely, as your organisation says.`);
      } else {
        setResult(saved.status === 'cancelled' ? 'Not saved: you cancelled.' : saved.message);
      }
    } catch (error) {
      setResult(error instanceof StorageError ? error.message : 'The file could not be made. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="owner-actions-send">
      <h2 id="owner-actions-send">Send them the list</h2>
      <p>Save the list as a Word or PDF file to send to {view.owner.name}. It holds only the actions shown above.</p>
      <div className="button-group">
        <button type="button" className="button" disabled={busy} onClick={() => void save('docx')}>
          Save as Word
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => void save('pdf')}>
          Save as PDF
        </button>
      </div>
      <p className="hint-text" role="status">
        {result}
      </p>
    </section>
  );
}
