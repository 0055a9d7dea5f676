import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { FamilySummary } from '../../../shared/domain/family-summary';
import { knownAs } from '../../../shared/domain/person';
import { ageOn, todayInLondon } from '../../../shared/rules/dates';
import { searchFamilies } from '../../../shared/rules/family-search';
import { PageHeading } from '../../components/PageHeading';
import { useFamilies } from '../../data/hooks/useFamilies';
import { useAreaWords } from '../../data/hooks/useSettings';
import { PracticeFamilyButton } from '../practice';
import { PracticeTag } from '../practice';
import { AddFamilyLink } from './AddFamilyLink';
import { NameList } from './details/NameList';
import { paths } from '../../components/paths';

/** Children by the name they like to be called, with their age, so the chair recognises the family. */
function ChildList({ family, today }: { family: FamilySummary; today: string }) {
  return (
    <>
      {family.children.map((child, i) => (
        <span key={child.id}>
          {i > 0 && '; '}
          <bdi>{knownAs(child)}</bdi>, age {ageOn(child.dateOfBirth, today)}
        </span>
      ))}
    </>
  );
}

const PAGE_SIZE = 50;

export function FamiliesListPage() {
  const all = useFamilies();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const today = todayInLondon();
  const words = useAreaWords();
  // A long caseload is shown a page at a time: drawing thousands of cards would slow every visit.
  const [pages, setPages] = useState(1);
  // Sorting every family by name takes tens of milliseconds with a large caseload: not redone on every render.
  const matching = useMemo(() => (all ? searchFamilies(all, query) : []), [all, query]);
  const shown = matching.slice(0, pages * PAGE_SIZE);

  return (
    <>
      <PageHeading title="Families" />
      <p className="lead">
        The families you work with as {words.lead}, for {words.meetingLong} ({words.meetingShort}) meetings.
      </p>
      <AddFamilyLink />
      <div className="field search">
        <label className="field__label" htmlFor="family-search">
          Search families
        </label>
        <div className="field__hint" id="family-search-hint">
          By family, parent, carer, child or school name
        </div>
        <input
          id="family-search"
          className="input input--medium"
          type="search"
          autoComplete="off"
          aria-describedby="family-search-hint"
          value={query}
          onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        />
      </div>
      {all === undefined ? (
        <p>Loading families…</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {all.length === 0
              ? 'No families yet.'
              : query
                ? `${matching.length} of ${all.length} ${all.length === 1 ? 'family matches' : 'families match'} “${query}”.`
                : `${all.length} ${all.length === 1 ? 'family' : 'families'}.`}
          </p>
          {all.length === 0 && (
            <>
              <p>Add the first family to plan a meeting with them, or rehearse first with a made-up family.</p>
              <PracticeFamilyButton />
            </>
          )}
          <ul className="family-list" aria-label="Families">
            {shown.map((family) => (
              <li key={family.id} className="family-card">
                <h2 className="family-card__name">
                  <Link to={paths.family(family.id)}>
                    <bdi>{family.familyName}</bdi>
                  </Link>{' '}
                  <PracticeTag isPractice={family.isPractice} />
                </h2>
                <p className="family-card__line">
                  <span className="family-card__label">Children: </span>
                  <ChildList family={family} today={today} />
                </p>
                <p className="family-card__line">
                  <span className="family-card__label">Parents and carers: </span>
                  <NameList names={family.carers.map((c) => c.name)} />
                </p>
              </li>
            ))}
          </ul>
          {matching.length > shown.length && (
            <p>
              <span className="result-count">
                Showing {shown.length} of {matching.length}. Search to find a family quickly, or{' '}
              </span>
              <button type="button" className="button button--secondary" onClick={() => setPages((n) => n + 1)}>
                Show {Math.min(PAGE_SIZE, matching.length - shown.length)} more families
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
