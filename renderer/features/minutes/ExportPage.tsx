import { Link } from 'react-router';
import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import { checkFamilyVersion } from '../../../shared/minutes/plain-check';
import { contentForExport, draftMarkingNeeded, isLocked, minutesStatus } from '../../../shared/minutes/workflow';
import { NotFound } from '../../components/notices/NotFound';
import { agreementTerms } from './agreement-terms';
import { CopiesForm } from './CopiesForm';
import { Distribution } from './Distribution';
import { minutesGlossary } from './live-content';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import { DRAFT_MARKING, versionWords } from './minutes-words';
import { MinutesTop } from './MinutesTop';
import { SafeguardingCopy } from './SafeguardingCopy';
import { useLiveContent } from './useLiveContent';
import { paths } from '../../components/paths';

/**
 * The export dialog: which document, Word or PDF, and for whom. Everyone who might have a copy is
 * listed with whether the consent register allows it today and why; those it does not allow
 * cannot be chosen. Each person gets their own copy, with what is withheld from them left out.
 * A safeguarding referral copy has its own route: never blocked by consent, but its reason is kept.
 */
export function ExportPage() {
  return <MinutesFrame what="copies of the minutes">{(context) => <ExportView context={context} />}</MinutesFrame>;
}

function ExportView({ context }: { context: MinutesContext }) {
  const { family, meeting, versions } = context;
  const row = versions[versions.length - 1];
  const { reports, live } = useLiveContent(context, row);
  const back = paths.minutes(family.id, meeting.id);
  const lead = 'Save and share copies';
  if (!row || !live.ok || minutesStatus(row) === 'superseded') {
    return <NotFound heading={`${lead}: ${family.familyName}`} message={!live.ok ? live.message : 'Write the draft minutes first.'} link={{ to: back, text: 'Back to the minutes' }} />;
  }
  return (
    <>
      <MinutesTop back={back} lead={lead} familyName={family.familyName} />
      <p className="minutes-status">
        <strong>{versionWords(row)}</strong>
      </p>
      {draftMarkingNeeded(row, agreementTerms(context)) ? (
        <p className="notice notice--reminder">The family has not agreed these minutes yet. Every page of every copy will say “{DRAFT_MARKING}”.</p>
      ) : (
        <p>The family has agreed these minutes: copies are not marked as a draft.</p>
      )}
      <PlainWordsReminder context={context} row={row} content={contentForExport(row, live.content)} />
      <CopiesForm context={context} row={row} live={live.content} reports={reports} />
      <SafeguardingCopy context={context} row={row} live={live.content} reports={reports} />
      <Distribution row={row} />
    </>
  );
}

function PlainWordsReminder({ context, row, content }: { context: MinutesContext; row: MinutesRow; content: MinutesContent }) {
  if (isLocked(row)) return null;
  const open = checkFamilyVersion(content, minutesGlossary(), row.acceptedFlags).open;
  if (open === 0) return <p>The plain words check of the family’s version has nothing left to look at.</p>;
  return (
    <p className="notice notice--reminder">
      The plain words check found {open === 1 ? '1 thing' : `${open} things`} in the family’s version to look at before you export it.{' '}
      <Link to={paths.minutesPlainWords(context.family.id, context.meeting.id)}>Check plain words</Link>
    </p>
  );
}
