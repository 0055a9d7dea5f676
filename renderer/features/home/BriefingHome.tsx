import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';
import { AuthoredList, StartBriefing } from '../briefings';

/**
 * Home for someone who writes briefings and reports for meetings others chair (a school's DSL or
 * SENCO): start one from the chair's reference, and the ones already written. No caseload lists.
 */
export function BriefingHome() {
  return (
    <>
      <PageHeading title="Your briefings and reports" />
      <p className="lead">
        You write briefings and reports for Team Around meetings that someone else chairs. Start one from the reference the chair sent you,
        write it here, and save it as a file to send back.
      </p>
      <StartBriefing />
      <AuthoredList />
      <p>
        Chairing meetings too? Change how you use Team Around in <Link to={paths.settings()}>Settings, under Your details</Link>.
      </p>
    </>
  );
}
