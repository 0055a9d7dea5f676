import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { useFocusAfter } from '../../components/useFocusAfter';
import { paths } from '../../components/paths';
import { Section } from '../../components/Section';

/** Deleting a briefing written here, once it has been sent or is no longer needed. Asks first. */
export function DeleteBriefing({ briefingId, title, beforeDelete }: { briefingId: string; title: string; beforeDelete(): Promise<void> }) {
  const navigate = useNavigate();
  const { briefings } = useRepositories();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const focusAfter = useFocusAfter();

  const remove = async () => {
    try {
      await beforeDelete();
      await briefings.removeAuthored(briefingId);
      navigate(paths.briefings(), { state: { flash: `“${title}” has been deleted from this computer.` } });
    } catch (error) {
      setProblem(toStorageError(error).message);
    }
  };

  return (
    <Section headingId="delete-heading" title="Delete this briefing">
      <p>Once the chair has it, you can delete it from this computer. A copy you saved as a file is not deleted.</p>
      {!asking ? (
        <button
          type="button"
          className="button button--warning"
          onClick={() => {
            setAsking(true);
            focusAfter('delete-question');
          }}
        >
          Delete this briefing
        </button>
      ) : (
        <div className="confirm">
          <h3 className="confirm__heading" tabIndex={-1} id="delete-question">
            Delete “{title}”? This cannot be undone.
          </h3>
          {problem && (
            <p className="notice notice--problem" role="alert">
              {problem}
            </p>
          )}
          <div className="confirm__buttons">
            <button type="button" className="button button--warning" onClick={() => void remove()}>
              Yes, delete it
            </button>
            <button type="button" className="button button--secondary" onClick={() => setAsking(false)}>
              No, keep it
            </button>
          </div>
        </div>
      )}
    </Section>
  );
}
