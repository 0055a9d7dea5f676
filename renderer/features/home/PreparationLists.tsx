/** Meetings in the next two weeks and minutes waiting. */
import { Link } from 'react-router';
import { MINUTES_WAITING_WORDS } from '../../../shared/rules/home/minutes-waiting';
import type { HomeLists } from '../../data/repositories/home';
import { FamilyTitle, HomeItem, HomeList, ItemState } from './HomeSection';
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

export function MinutesWaiting({ lists }: { lists: HomeLists }) {
  return (
    <HomeList id="home-minutes" title="Minutes waiting" items={lists.minutes} empty="No minutes waiting. After a meeting, its minutes appear here until they are final and shared.">
      {(m) => {
        const family = familyWords(lists.familyNames, m.familyId);
        const when = meetingWords(m.kind, m.startsAt);
        return (
          <HomeItem key={m.meetingId} title={<FamilyTitle family={family}>{when}</FamilyTitle>} button={m.button} about={`${family}, ${when}`}>
            <ItemState>{MINUTES_WAITING_WORDS[m.state]}</ItemState>
          </HomeItem>
        );
      }}
    </HomeList>
  );
}

export { plural };
