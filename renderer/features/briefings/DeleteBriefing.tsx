import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { paths } from '../../components/paths';
import { Section } from '../../components/Section';
import { AskFirst } from '../../components/AskFirst';

/** Deleting a briefing written here, once it has been sent or is no longer needed. Asks first. */
export function DeleteBriefing({ briefingId, title, beforeDelete }: { briefingId: string; title: string; beforeDelete(): Promise<void> }) {
  const navigate = useNavigate();
  const { briefings } = useRepositories();
  const [asking, setAsking] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

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
      <AskFirst
        asking={asking}
        onAskingChange={setAsking}
        askLabel="Delete this briefing"
        askId="delete-briefing"
        warning
        questionId="delete-question"
        question={<>Delete “{title}”? This cannot be undone.</>}
        yesLabel="Yes, delete it"
        onYes={() => void remove()}
      >
        {problem && (
          <p className="notice notice--problem" role="alert">
            {problem}
          </p>
        )}
      </AskFirst>
    </Section>
  );
}
