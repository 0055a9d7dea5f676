import { Link } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { paths } from '../../components/paths';

export function auditPath(familyId: string): string {
  return paths.familyAudit(familyId);
}

/** The family page's way to its audit screen. */
export function AuditLink({ family }: { family: Pick<FamilyRecord, 'id'> }) {
  return (
    <p>
      <Link to={auditPath(family.id)}>Record of who did what with this family&apos;s information</Link>
    </p>
  );
}
