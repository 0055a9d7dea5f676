/** Drift alerts: each with its rule in plain words, the next step, and a way to acknowledge it with a note. */
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { DriftAlert } from '../../../shared/rules/home/drift';
import { focusById } from '../../components/focus';
import { TextAreaField } from '../../components/TextAreaField';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { HomeLists } from '../../data/repositories/home';
import { HomeSection, ItemButton } from './HomeSection';
import { capitalise } from '../../../shared/words/case';
import { familyWords, savedWords } from './home-words';
import { paths } from '../../components/paths';

function AcknowledgeForm({ alert, about, onDone, onCancel }: { alert: DriftAlert; about: string; onDone(): void; onCancel(): void }) {
  const { home } = useRepositories();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const id = `ack-note-${alert.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  return (
    <form
      className="home-ack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setSaving(true);
        home
          .acknowledge(alert, note)
          .then((result) => {
            if (result.ok) onDone();
            else {
              setError(result.errors[0]?.message);
              focusById(id);
            }
          })
          .catch(() => setError('The acknowledgement could not be saved. Try again.'))
          .finally(() => setSaving(false));
      }}
    >
      <TextAreaField
        id={id}
        label="Note"
        hint="Why this is all right for now, or what is being done. The note is kept with the alert."
        value={note}
        onValueChange={setNote}
        error={error}
        rows={3}
        autoFocus
      />
      <div className="home-buttons">
        <button type="submit" className="button" disabled={saving} aria-label={`Acknowledge: ${about}`}>
          Acknowledge
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function AlertItem({ alert, names, onAcknowledged }: { alert: DriftAlert; names: Record<string, string>; onAcknowledged(): void }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const family = familyWords(names, alert.familyId);
  const about = `${family}. ${alert.rule}`;
  return (
    <li className="home-item home-item--alert">
      <p className="home-item__title">
        <span className="home-item__family">{capitalise(family)}</span>: {alert.rule}
      </p>
      <p className="home-item__state">{alert.finding}</p>
      <div className="home-buttons">
        <ItemButton button={alert.button} about={family} />
        {!open && (
          <button type="button" className="button button--secondary" ref={toggle} aria-label={`Acknowledge with a note: ${about}`} onClick={() => setOpen(true)}>
            Acknowledge with a note
          </button>
        )}
      </div>
      {open && (
        <AcknowledgeForm
          alert={alert}
          about={about}
          onDone={onAcknowledged}
          onCancel={() => {
            setOpen(false);
            requestAnimationFrame(() => toggle.current?.focus());
          }}
        />
      )}
    </li>
  );
}

export function DriftAlerts({ lists }: { lists: HomeLists }) {
  const [message, setMessage] = useState('');
  return (
    <HomeSection
      id="home-drift"
      title="Drift alerts"
      count={lists.drift.length}
      empty={
        <>
          No plans are drifting. An alert appears when an action is not done at {lists.thresholds.notDoneReviews} reviews in a row, a review is more than{' '}
          {lists.thresholds.reviewMarginDays} days late, or a plan open over {lists.thresholds.planOpenMonths} months is not improving. You can change when alerts appear in <Link to={paths.settings()}>Settings</Link>.
        </>
      }
      after={
        <>
          <AcknowledgedList lists={lists} />
          <p role="status" className="home-section__status">
            {message}
          </p>
        </>
      }
    >
      <ul className="home-list">
        {lists.drift.map((alert) => (
          <AlertItem
            key={alert.id}
            alert={alert}
            names={lists.familyNames}
            onAcknowledged={() => {
              setMessage('Alert acknowledged. Your note is kept below.');
              focusById('home-drift');
            }}
          />
        ))}
      </ul>
    </HomeSection>
  );
}

function AcknowledgedList({ lists }: { lists: HomeLists }) {
  if (lists.acknowledged.length === 0) return null;
  return (
    <details className="home-acknowledged">
      <summary>Acknowledged alerts ({lists.acknowledged.length})</summary>
      <ul className="home-list">
        {lists.acknowledged.map((a) => (
          <li key={`${a.alertId}-${a.at}`} className="home-item">
            <p className="home-item__title">
              <span className="home-item__family">{capitalise(familyWords(lists.familyNames, a.familyId))}</span>: {a.rule}
            </p>
            <p className="home-item__state">{a.finding}</p>
            <p>
              Acknowledged by {a.by} on {savedWords(a.at)}: <q>{a.note}</q>
            </p>
          </li>
        ))}
      </ul>
    </details>
  );
}
