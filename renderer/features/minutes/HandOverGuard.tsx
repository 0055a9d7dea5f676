import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { paths } from '../../components/paths';
import { useHandOver } from './hand-over';

/**
 * Wraps the app's frame: while the family's review is handed over, any address (Families, another
 * family, Settings) leads back to the review instead.
 */
export function HandOverGuard({ children }: { children: ReactNode }) {
  const handOver = useHandOver();
  if (handOver) return <Navigate to={paths.handOver(handOver.familyId, handOver.meetingId)} replace />;
  return <>{children}</>;
}
