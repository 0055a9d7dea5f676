import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { paths } from '../../components/paths';

/**
 * For the families list when it is empty: loads the made-up practice family (or finds the one
 * already loaded) and opens it. Remove it from Settings.
 */
export function PracticeFamilyButton({ label = 'Load a practice family to rehearse with' }: { label?: string }) {
  const { practice } = useRepositories();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function load() {
    setBusy(true);
    setProblem(null);
    try {
      const family = await practice.loadPracticeFamily();
      navigate(paths.family(family.id));
    } catch (error) {
      setProblem(toStorageError(error).message);
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void load()}>
        {label}
      </button>
      {problem && (
        <p className="notice notice--problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
