import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { todayInLondon } from '../../../../shared/rules/dates';
import { CarerSummary } from './CarerSummary';
import { ChildSummary } from './ChildSummary';
import { HomeSummary } from './HomeSummary';
import { SafetySummary } from './SafetySummary';

/**
 * The family's own details: homes, children, parents and carers, and what is hidden from whom.
 * Each part is an h2 section, so the family page can place other sections (plans, consent…) beside it.
 */
export function FamilyDetails({ family }: { family: FamilyRecord }) {
  const today = todayInLondon();
  return (
    <>
      <section aria-labelledby="family-homes">
        <h2 className="section-heading" id="family-homes">
          Homes
        </h2>
        {family.households.length === 0 && <p>No homes recorded yet. Edit the family details to add where the children live.</p>}
        {family.households.map((home, i) => (
          <HomeSummary key={home.id} family={family} home={home} index={i} />
        ))}
      </section>
      <section aria-labelledby="family-children">
        <h2 className="section-heading" id="family-children">
          Children
        </h2>
        {family.children.map((child) => (
          <ChildSummary key={child.id} family={family} child={child} today={today} />
        ))}
      </section>
      <section aria-labelledby="family-carers">
        <h2 className="section-heading" id="family-carers">
          Parents and carers
        </h2>
        {family.carers.map((carer) => (
          <CarerSummary key={carer.id} family={family} carer={carer} />
        ))}
      </section>
      <section aria-labelledby="family-safety">
        <h2 className="section-heading" id="family-safety">
          Safety
        </h2>
        <SafetySummary family={family} />
      </section>
    </>
  );
}
