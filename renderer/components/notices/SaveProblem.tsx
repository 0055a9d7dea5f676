/** A save that failed for a reason outside the form (storage full, database busy). */
export function SaveProblem({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="notice notice--problem" role="alert">
      {message}
    </div>
  );
}
