/** Meetings in the next two weeks and minutes waiting. */
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { MINUTES_WAITING_WORDS } from '../../../shared/rules/home/minutes-waiting';
import { MINUTES_SHOWN, type HomeLists } from '../../data/repositories/home';
import { FamilyTitle, HomeItem, HomeList, HomeSection, ItemState } from './HomeSection';
import { familyWords, meetingWords, plural } from './home-words';
import { paths } from '../../components/paths';

export function MeetingsSoon({ lists }: { lists: HomeLists }) {
  const empty = (
    <>
      No meetings in the next two weeks. Plan one from a family&apos;s page: <Link to={paths.families()}>choose a family</Link>.
    </>
  );
  return (
    <HomeList id="home-meetings" title="Meetings in the next two weeks" items={lists.meetings} empty={empty}>
      {(m) => {
        const family = familyWords(lists.familyNames, m.familyId);
        const when = meetingWords(m.kind, m.startsAt);
        return (
          <HomeItem key={m.meetingId} title={<FamilyTitle family={family}>{when}</FamilyTitle>} button={m.button} about={`${family}, ${when}`}>
            <ul className="home-item__facts">
              <li>{m.noFamilyInvited ? 'Nobody from the family is invited yet.' : m.familyTold ? 'The family has been told.' : 'The family has not been told yet.'}</li>
              <li>
                Invitations sent: {m.invitationsSent} of {m.invitees}.
              </li>
              <li>
                Briefings and reports: {m.briefingsReceived} received, {m.briefingsAwaited} awaited.
              </li>
            </ul>
          </HomeItem>
        );
      }}
    </HomeList>
  );
}

/**
 * The oldest minutes waiting, with how many there are in all and a button that shows the rest.
 * When they come, focus moves to the first one that was not shown, so a keyboard or screen reader
 * user carries on from where they were.
 */
export function MinutesWaiting({ lists, onShowAll }: { lists: HomeLists; onShowAll: () => void }) {
  const listRef = useRef<HTMLUListElement>(null);
  const asked = useRef(false);
  const shown = lists.minutes.length;
  const hidden = lists.minutesWaiting - shown;
  useEffect(() => {
    if (!asked.current || hidden > 0) return;
    asked.current = false;
    listRef.current?.children[MINUTES_SHOWN]?.querySelector('a')?.focus();
  }, [hidden]);
  const empty = 'No minutes waiting. After a meeting, its minutes appear here until they are final and shared.';
  return (
    <HomeSection id="home-minutes" title="Minutes waiting" count={lists.minutesWaiting} empty={empty}>
      {hidden > 0 && <p id="home-minutes-shown">Showing the oldest {shown}, which have waited longest; {hidden.toLocaleString('en-GB')} more {hidden === 1 ? 'is' : 'are'} waiting.</p>}
      <ul className="home-list" ref={listRef}>
        {lists.minutes.map((m) => {
          const family = familyWords(lists.familyNames, m.familyId);
          const when = meetingWords(m.kind, m.startsAt);
          return (
            <HomeItem key={m.meetingId} title={<FamilyTitle family={family}>{when}</FamilyTitle>} button={m.button} about={`${family}, ${when}`}>
              <ItemState>{MINUTES_WAITING_WORDS[m.state]}</ItemState>
            </HomeItem>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button
          type="button"
          className="button button--secondary"
          aria-describedby="home-minutes-shown"
          onClick={() => {
            asked.current = true;
            onShowAll();
          }}
        >
          Show all {lists.minutesWaiting.toLocaleString('en-GB')} minutes waiting
        </button>
      )}
    </HomeSection>
  );
}

export { plural };
