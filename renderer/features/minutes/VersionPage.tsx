import { useParams } from 'react-router';
import { MINUTES_DOCUMENT_KIND_LABELS } from '../../../shared/domain/minutes';
import { contentForExport, draftMarkingNeeded } from '../../../shared/minutes/workflow';
import { NotFound } from '../../components/notices/NotFound';
import { agreementTerms } from './agreement-terms';
import { FamilyAnswers } from './FamilyAnswers';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import { MinutesTop } from './MinutesTop';
import { DRAFT_MARKING, instantWords, versionWords } from './minutes-words';
import { SectionsView } from './SectionsView';
import { WorkflowHistory } from './WorkflowHistory';
import { paths } from '../../components/paths';

/** One version of the minutes, read-only, exactly as it was kept: earlier versions stay readable after a correction. */
export function VersionPage() {
  return <MinutesFrame what="this version of the minutes">{(context) => <VersionView context={context} />}</MinutesFrame>;
}

function VersionView({ context }: { context: MinutesContext }) {
  const { version = '' } = useParams();
  const { family, meeting, versions } = context;
  const row = versions.find((v) => String(v.version) === version);
  const back = paths.minutes(family.id, meeting.id);
  if (!row) {
    return <NotFound heading="Version not found" message={`There is no version ${version} of these minutes.`} link={{ to: back, text: 'Back to the minutes' }} />;
  }
  return (
    <>
      <MinutesTop back={back} lead={`Minutes, version ${row.version}`} familyName={family.familyName} title={`Minutes version ${row.version}: ${family.familyName}`} />
      <p className="minutes-status">
        <strong>{versionWords(row)}</strong>
      </p>
      {row.correctionOf !== null && <p className="preserve-lines">Made to correct version {row.version - 1}, because: {row.correctionReason}</p>}
      {draftMarkingNeeded(row, agreementTerms(context)) && <p className="notice notice--reminder">This version was not agreed with the family. Every copy of it says “{DRAFT_MARKING}”.</p>}

      <FamilyAnswers row={row} content={row.snapshot} />

      <section aria-labelledby="version-history-heading">
        <h2 className="section-heading" id="version-history-heading">
          History of version {row.version}
        </h2>
        <WorkflowHistory row={row} headingId="version-history-heading" />
      </section>

      <section aria-labelledby="version-copies-heading">
        <h2 className="section-heading" id="version-copies-heading">
          Copies of version {row.version}
        </h2>
        {row.distribution.length === 0 ? (
          <p>No copies of this version were saved.</p>
        ) : (
          <ul>
            {row.distribution.map((d) => (
              <li key={d.id}>
                {MINUTES_DOCUMENT_KIND_LABELS[d.document]} ({d.format === 'docx' ? 'Word' : 'PDF'}) for <bdi>{d.recipient.name}</bdi>, on {instantWords(d.at)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="version-content-heading">
        <h2 className="section-heading" id="version-content-heading">
          The minutes as kept in version {row.version}
        </h2>
        {row.snapshot ? (
          <SectionsView content={contentForExport(row, row.snapshot)} idPrefix={`version-${row.version}`} />
        ) : (
          <p>This version was never sent to the family, so no copy of its words was kept.</p>
        )}
      </section>
    </>
  );
}
