/**
 * Shown at the top of every screen about the practice family, so nobody mistakes it for a real one.
 * Renders nothing for a real family, so screens can place it unconditionally.
 */
export function PracticeMarker({ isPractice }: { isPractice: boolean }) {
  if (!isPractice) return null;
  return (
    <p className="practice-marker" role="note">
      <strong className="practice-marker__title">Practice family:</strong> made up for rehearsing. Not a real family.
    </p>
  );
}
