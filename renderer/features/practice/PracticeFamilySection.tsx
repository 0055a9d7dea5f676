import { useState } from 'react';
import { Link } from 'react-router';
import { AskFirst } from '../../components/AskFirst';
import { useFocusAfter } from '../../components/useFocusAfter';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { removalSentence } from './removal-words';
import { usePracticeFamilies } from './usePracticeFamilies';
import { paths } from '../../components/paths';

type Outcome = { kind: 'loaded'; familyId: string; familyName: string } | { kind: 'removed'; sentence: string } | { kind: 'problem'; message: string };

/**
 * The settings page's "Practice family" section: load a made-up family to rehearse with, and
 * remove it, with everything recorded about it, in one step after one confirmation.
 */
export function PracticeFamilySection() {
  const { practice } = useRepositories();
  const families = usePracticeFamilies();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const focusAfter = useFocusAfter();

  async function run(work: () => Promise<Outcome>) {
    setBusy(true);
    try {
      setOutcome(await work());
    } catch (error) {
      setOutcome({ kind: 'problem', message: toStorageError(error).message });
    }
    setBusy(false);
    setConfirming(false);
    // The button pressed is gone, so focus goes to the message saying what happened.
    focusAfter('practice-outcome');
  }

  const load = () =>
    run(async () => {
      const family = await practice.loadPracticeFamily();
      return { kind: 'loaded', familyId: family.id, familyName: family.familyName };
    });
  const remove = () => run(async () => ({ kind: 'removed', sentence: removalSentence(await practice.removePracticeFamilies()) }));

  const loaded = families?.[0];
  return (
    <section aria-labelledby="practice-heading">
      <h2 className="section-heading" id="practice-heading">
        Practice family
      </h2>
      <p>
        A made-up family to rehearse with before your first real meeting: try planning a meeting, recording consent or writing a plan. Every screen
        and document about it says it is practice. When you have finished, remove it in one step.
      </p>
      {outcome && (
        <div id="practice-outcome" tabIndex={-1} className={`notice ${outcome.kind === 'problem' ? 'notice--problem' : 'notice--success'}`} role={outcome.kind === 'problem' ? 'alert' : 'status'}>
          {outcome.kind === 'loaded' && (
            <>
              The practice family has been loaded.{' '}
              <Link to={paths.family(outcome.familyId)}>
                Open <bdi>{outcome.familyName}</bdi>
              </Link>
            </>
          )}
          {outcome.kind === 'removed' && outcome.sentence}
          {outcome.kind === 'problem' && outcome.message}
        </div>
      )}
      {families === undefined && <p>Checking for a practice family…</p>}
      {families !== undefined && !loaded && (
        <button type="button" className="button" disabled={busy} onClick={() => void load()}>
          Load the practice family
        </button>
      )}
      {loaded && (
        <>
          <p>
            Loaded now:{' '}
            <Link to={paths.family(loaded.id)}>
              <bdi>{loaded.familyName}</bdi>
            </Link>
          </p>
          <AskFirst
            asking={confirming}
            onAskingChange={(asking) => {
              if (asking) setOutcome(null);
              setConfirming(asking);
            }}
            askLabel="Remove the practice family"
            askId="practice-remove"
            questionId="practice-confirm-heading"
            question="Remove the practice family?"
            yesLabel="Yes, remove the practice family"
            onYes={() => void remove()}
            busy={busy}
          >
            <p>
              This removes the practice family and everything recorded about it: its plan, consent, meetings, actions and unsaved drafts. Real
              families are not touched. You can load a fresh practice family at any time.
            </p>
          </AskFirst>
        </>
      )}
    </section>
  );
}
