import { Link, useLocation, useParams } from 'react-router';
import type { FamilyRecord as Family } from '../../../shared/domain/family-record';
import { ageOn, formatLongDate, todayInLondon } from '../../../shared/rules/dates';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useFamily } from '../../data/hooks/useFamilies';
import { FamilyNotFound } from './FamilyNotFound';

function flashFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string') return state.flash;
  return null;
}

function Row({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function FamilyDetails({ family }: { family: Family }) {
  const today = todayInLondon();
  return (
    <>
      <h2 className="section-heading">Parents and carers</h2>
      {family.carers.map((carer) => (
        <section key={carer.id} className="person" aria-label={carer.name}>
          <h3 className="person__name">
            <bdi>{carer.name}</bdi>
          </h3>
          <dl className="summary">
            <Row label="Relationship" value={carer.relationship} />
            <Row label="Phone" value={carer.phone} />
            <Row label="Email" value={carer.email} />
          </dl>
        </section>
      ))}
      <h2 className="section-heading">Children</h2>
      {family.children.map((child) => (
        <section key={child.id} className="person" aria-label={child.name}>
          <h3 className="person__name">
            <bdi>{child.name}</bdi>
          </h3>
          <dl className="summary">
            <Row label="Date of birth" value={`${formatLongDate(child.dateOfBirth)} (age ${ageOn(child.dateOfBirth, today)})`} />
            <Row label="School or setting" value={child.school} />
          </dl>
        </section>
      ))}
    </>
  );
}

export function FamilyPage() {
  const { familyId = '' } = useParams();
  const location = useLocation();
  const family = useFamily(familyId);
  const flash = flashFrom(location.state);

  if (family === undefined) return <Loading what="family" />;
  if (family === null) return <FamilyNotFound />;
  return (
    <>
      <p>
        <Link to="/families">Back to all families</Link>
      </p>
      <PageHeading title={family.familyName}>
        <bdi>{family.familyName}</bdi>
      </PageHeading>
      {flash && (
        <div className="notice notice--success" role="status">
          {flash}
        </div>
      )}
      <p>
        <Link className="button button--secondary" to={`/families/${family.id}/edit`}>
          Edit family details
        </Link>
      </p>
      <FamilyDetails family={family} />
    </>
  );
}
