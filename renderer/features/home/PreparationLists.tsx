/** Meetings in the next two weeks and minutes waiting. */
import { Link } from 'react-router';
import { MINUTES_WAITING_WORDS } from '../../../shared/rules/home/minutes-waiting';
import type { HomeLists } from '../../data/repositories/home';
import { HomeItem, HomeSection } from './HomeSection';
import { familyWords, meetingWords, plural } from './home-words';
import { paths } from '../../components/paths';

export function MeetingsSoon({ lists }: { lists: HomeLists }) {
  return (
    <HomeSection
      id="home-meetings"
      title="Meetings in the next two weeks"
      count={lists.meetings.length}
      empty={
        <>
          No meetings in the next two weeks. Plan one from a family&apos;s page: <Link to={paths.families()}>choose a family</Link>.
        </>
      }
    >
      <ul className="home-list">
        {lists.meetings.map((m) => {
          const family = familyWords(lists.familyNames, m.familyId);
          const when = meetingWords(m.kind, m.startsAt);
          return (
            <HomeItem key={m.meetingId} title={<><span className="home-item__family">{capitalise(family)}</span>: {when}</>} button={m.button} about={`${family}, ${when}`}>
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
        })}
      </ul>
    </HomeSection>
  );
}

export function MinutesWaiting({ lists }: { lists: HomeLists }) {
  return (
    <HomeSection
      id="home-minutes"
      title="Minutes waiting"
      count={lists.minutes.length}
      empty="No minutes waiting. After a meeting, its minutes appear here until they are final and shared."
    >
      <ul className="home-list">
        {lists.minutes.map((m) => {
          const family = familyWords(lists.familyNames, m.familyId);
          const when = meetingWords(m.kind, m.startsAt);
          return (
            <HomeItem key={m.meetingId} title={<><span className="home-item__family">{capitalise(family)}</span>: {when}</>} button={m.button} about={`${family}, ${when}`}>
              <p className="home-item__state">{MINUTES_WAITING_WORDS[m.state]}</p>
            </HomeItem>
          );
        })}
      </ul>
    </HomeSection>
  );
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { plural };
