import { useState } from 'react';
import { Link } from 'react-router';
import { PageContents } from '../../components/PageContents';
import { PageHeading } from '../../components/PageHeading';
import { DriftAlerts } from './DriftAlerts';
import { ActionsDue, ConsentsDue, DraftsLeft, ReviewsDue } from './FollowUpLists';
import { MeetingsSoon, MinutesWaiting } from './PreparationLists';
import { useHomeLists } from './useHomeLists';
import { BriefingHome } from './BriefingHome';
import { AddFamilyLink } from '../families';
import { useProfile } from '../../data/hooks/useSettings';
import '../../styles/home.css';
import { paths } from '../../components/paths';

const CONTENTS = [
  { id: 'home-meetings', title: 'Meetings in the next two weeks' },
  { id: 'home-minutes', title: 'Minutes waiting' },
  { id: 'home-actions', title: 'Actions overdue or due this week' },
  { id: 'home-reviews', title: 'Reviews due' },
  { id: 'home-consents', title: 'Consent due for review' },
  { id: 'home-drafts', title: 'Forms left half-way' },
  { id: 'home-drift', title: 'Drift alerts' },
];

/** The screen after unlocking: for a chair, what needs doing; for a briefing writer, their briefings. */
export function HomePage() {
  const profile = useProfile();
  if (profile === undefined) return <p role="status">Loading…</p>;
  return profile.use === 'briefings' ? <BriefingHome /> : <ChairHome />;
}

/** What needs doing, soonest first, each with the one button that does it. */
function ChairHome() {
  const [allMinutes, setAllMinutes] = useState(false);
  const lists = useHomeLists(allMinutes);
  return (
    <>
      <PageHeading title="What needs doing" />
      <p className="lead">
        Soonest first, across all your families. To find a family, go to <Link to={paths.families()}>Families</Link>.
      </p>
      {lists === undefined ? (
        <p role="status">Loading what needs doing…</p>
      ) : (
        <>
          {!lists.hasFamilies && <StartHere />}
          <PageContents entries={CONTENTS} title="On this page" block="form-contents" />
          <MeetingsSoon lists={lists} />
          <MinutesWaiting lists={lists} onShowAll={() => setAllMinutes(true)} />
          <ActionsDue lists={lists} />
          <ReviewsDue lists={lists} />
          <ConsentsDue lists={lists} />
          <DraftsLeft lists={lists} />
          <DriftAlerts lists={lists} />
        </>
      )}
    </>
  );
}

/** Before the first family: the one thing to do, and the guide, ahead of the empty lists. */
function StartHere() {
  return (
    <section className="notice home-start" aria-labelledby="home-start">
      <h2 id="home-start">Start here</h2>
      <p>
        You have no families yet. Add the family you are meeting first: their page then takes you through each step, from consent to sharing the minutes.
      </p>
      <AddFamilyLink />
      <p>
        New to chairing? Read <Link to={paths.guide()}>your first meeting, step by step</Link>.
      </p>
    </section>
  );
}
