/** Actions due, reviews due, consents due and drafts left half-way. */
import { Link } from 'react-router';
import type { Practitioner } from '../../../shared/domain/directory';
import { daysUntil } from '../../../shared/rules/plan-review';
import { formatLongDate } from '../../../shared/rules/dates';
import { paths } from '../../components/paths';
import type { HomeLists } from '../../data/repositories/home';
import { usePractitioners } from '../directory';
import { capitalise } from '../../../shared/words/case';
import { FamilyTitle, HomeItem, HomeList, HomeSection, ItemState } from './HomeSection';
import { consentScopeWords, dueWords, familyWords, plural, savedWords } from './home-words';
import { useActionsDueCount } from './useHomeLists';

const nameKey = (name: string) => name.trim().toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');

/** The directory entry an owner's name is, when there is exactly one. */
function practitionerNamed(name: string, practitioners: readonly Practitioner[] | undefined): Practitioner | undefined {
  const found = (practitioners ?? []).filter((p) => nameKey(p.name) === nameKey(name));
  return found.length === 1 ? found[0] : undefined;
}

/** "there are more" until they are counted, then "1,234 more are due". */
function moreWords(more: number | undefined): string {
  if (more === undefined || more <= 0) return 'there are more';
  return `${more.toLocaleString('en-GB')} more ${more === 1 ? 'is' : 'are'} due`;
}

export function ActionsDue({ lists }: { lists: HomeLists }) {
  const practitioners = usePractitioners();
  const count = lists.actions.reduce((n, g) => n + g.items.length, 0);
  // Counted after the lists are drawn, and only when there are more than they show (0057).
  const dueCount = useActionsDueCount(lists.moreActions);
  return (
    <HomeSection
      id="home-actions"
      title="Actions overdue or due this week"
      count={count}
      empty="No actions overdue or due this week. Actions agreed at meetings appear here as their dates come near."
    >
      {lists.moreActions && (
        <p>
          Showing the {plural(count, 'action', 'actions')} due soonest; {moreWords(dueCount === undefined ? undefined : dueCount - count)}. Each family&apos;s page lists all of its actions.
        </p>
      )}
      {lists.actions.map((group, i) => (
        <div key={group.owner} className="home-owner">
          <h3 className="subsection-heading" id={`home-owner-${i}`}>
            {group.owner} <span className="home-section__count">({group.items.length})</span>
          </h3>
          <ul className="home-list" aria-labelledby={`home-owner-${i}`}>
            {group.items.map((a) => {
              const family = familyWords(lists.familyNames, a.familyId);
              return (
                <HomeItem key={a.actionId} title={<FamilyTitle family={family}>{a.what}</FamilyTitle>} button={a.button} about={`${a.what}, ${family}`}>
                  <ItemState late={a.overdue}>
                    {a.overdue ? 'Overdue: ' : ''}
                    {dueWords(a.dueDate, lists.today, daysUntil)}
                  </ItemState>
                </HomeItem>
              );
            })}
          </ul>
          <OwnerLink owner={practitionerNamed(group.owner, practitioners)} />
        </div>
      ))}
    </HomeSection>
  );
}

/** For a practitioner in the directory: all their open actions, across families, to send them. */
function OwnerLink({ owner }: { owner: Practitioner | undefined }) {
  if (!owner) return null;
  return (
    <p>
      <Link to={paths.ownerActions(owner.id)}>All open actions for {owner.name}</Link>
    </p>
  );
}

export function ReviewsDue({ lists }: { lists: HomeLists }) {
  return (
    <HomeList id="home-reviews" title="Reviews due" items={lists.reviews} empty="No reviews due in the next two weeks. Each plan's review frequency decides when one is due.">
      {(r) => {
        const family = familyWords(lists.familyNames, r.familyId);
        return (
          <HomeItem key={r.planId} title={<FamilyTitle family={family}>review {r.overdue ? 'overdue' : 'due'}</FamilyTitle>} button={r.button} about={family}>
            <ItemState late={r.overdue}>
              {capitalise(dueWords(r.dueOn, lists.today, daysUntil))}. The plan is reviewed {r.frequency}
              {r.lastReview ? `; the last review was on ${formatLongDate(r.lastReview)}` : ''}.
            </ItemState>
          </HomeItem>
        );
      }}
    </HomeList>
  );
}

export function ConsentsDue({ lists }: { lists: HomeLists }) {
  return (
    <HomeList id="home-consents" title="Consent due for review" items={lists.consents} empty="No consent due for review in the next two weeks. Review dates are set when consent is recorded.">
      {(c, i) => {
        const family = familyWords(lists.familyNames, c.familyId);
        const what = consentScopeWords(c.scope);
        return (
          <HomeItem key={`${c.familyId}-${i}`} title={<FamilyTitle family={family}>{what}</FamilyTitle>} button={c.button} about={`${what}, ${family}`}>
            <ItemState late={c.overdue}>Review {dueWords(c.reviewBy, lists.today, daysUntil)}.</ItemState>
          </HomeItem>
        );
      }}
    </HomeList>
  );
}

export function DraftsLeft({ lists }: { lists: HomeLists }) {
  return (
    <HomeList id="home-drafts" title="Forms left half-way" items={lists.drafts} empty="No forms left half-way. What you type is kept as you go, so a form you leave waits for you here.">
      {(d) => {
        const family = d.familyId ? familyWords(lists.familyNames, d.familyId) : null;
        const about = family ? `${d.form}, ${family}` : d.form;
        return (
          <HomeItem key={d.key} title={family ? <>{d.form}: <span className="home-item__family">{family}</span></> : d.form} button={d.button} about={about}>
            <ItemState>Last typed in on {savedWords(d.savedAt)}.</ItemState>
          </HomeItem>
        );
      }}
    </HomeList>
  );
}
