import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { FamilySummary } from '../../../shared/domain/family-summary';
import { knownAs } from '../../../shared/domain/person';
import { ageOn, todayInLondon } from '../../../shared/rules/dates';
import { searchFamilies } from '../../../shared/rules/family-search';
import { PageHeading } from '../../components/PageHeading';
import { useFamilyList } from '../../data/hooks/useFamilyList';
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
  const list = useFamilyList();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const today = todayInLondon();
  const words = useAreaWords();
  // A long caseload is shown a page at a time: drawing thousands of cards would slow every visit.
  const [pages, setPages] = useState(1);
  // Sorting every family by name takes tens of milliseconds with a large caseload: not redone on every render.
  // The first page read at unlock is already in the list's order, and cannot be searched (0063).
  const matching = useMemo(() => (!list ? undefined : list.complete ? searchFamilies(list.families, query) : query ? undefined : list.families), [list, query]);
  const total = list?.count ?? 0;
  const shown = (matching ?? []).slice(0, pages * PAGE_SIZE);
  const more = list?.complete ? (matching?.length ?? 0) - shown.length : total - shown.length;

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
      {matching === undefined ? (
        <p>Loading families…</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {total === 0
              ? 'No families yet.'
              : query
                ? `${matching.length} of ${total} ${total === 1 ? 'family matches' : 'families match'} “${query}”.`
                : `${total} ${total === 1 ? 'family' : 'families'}.`}
          </p>
          {total === 0 && (
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
          {more > 0 && (
            <p>
              <span className="result-count">
                Showing {shown.length} of {shown.length + more}. Search to find a family quickly, or{' '}
              </span>
              <button type="button" className="button button--secondary" onClick={() => setPages((n) => n + 1)}>
                Show {Math.min(PAGE_SIZE, more)} more families
              </button>
            </p>
          )}
        </>
      )}
    </>
  );
}
