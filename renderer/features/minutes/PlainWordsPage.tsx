import { useState } from 'react';
import { Link } from 'react-router';
import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import { acceptedFlagFor, checkFamilyVersion, type CheckedFlag, type SectionCheck } from '../../../shared/minutes/plain-check';
import { contentForExport, isLocked } from '../../../shared/minutes/workflow';
import type { Readability } from '../../../shared/rules/plain-language';
import { NotFound } from '../../components/notices/NotFound';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { minutesGlossary } from './live-content';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import { MinutesTop } from './MinutesTop';
import { actorName } from './minutes-words';
import { useLiveContent } from './useLiveContent';
import { useStep } from './useStep';
import { paths } from '../../components/paths';

const KIND_WORDS: Record<CheckedFlag['kind'], string> = {
  jargon: 'Jargon',
  abbreviation: 'A short form that is not explained',
  'long-sentence': 'A long sentence',
};

/** "Reading ease 72 out of 100: fairly easy". */
export function readabilityWords(r: Readability): string {
  return `Reading ease ${Math.round(r.score)} out of 100: ${r.plainWords}`;
}

/**
 * The plain-language check of the family's version before it is exported: per section, its
 * reading ease and each flag. The chair changes the meeting's notes, or keeps the words as they
 * are (recorded); nothing is ever blocked by the check.
 */
export function PlainWordsPage() {
  return <MinutesFrame what="the plain words check">{(context) => <PlainWordsView context={context} />}</MinutesFrame>;
}

function PlainWordsView({ context }: { context: MinutesContext }) {
  const { family, meeting, versions } = context;
  const row = versions[versions.length - 1];
  const back = paths.minutes(family.id, meeting.id);
  const { live } = useLiveContent(context, row);
  if (!row || !live.ok) {
    return <NotFound heading={`Plain words check: ${family.familyName}`} message={live.ok ? 'Write the draft minutes first.' : live.message} link={{ to: back, text: 'Back to the minutes' }} />;
  }
  return <Check context={context} row={row} content={contentForExport(row, live.content)} />;
}

function Check({ context, row, content }: { context: MinutesContext; row: MinutesRow; content: MinutesContent }) {
  const { family, meeting } = context;
  const check = checkFamilyVersion(content, minutesGlossary(), row.acceptedFlags);
  const locked = isLocked(row);
  const withFlags = check.sections.filter((s) => s.flags.length > 0);
  return (
    <>
      <MinutesTop back={paths.minutes(family.id, meeting.id)} lead="Plain words check" familyName={family.familyName} />
      <p>
        These are the words the family will read in their version of the minutes. The check points at jargon, short forms nobody has explained, and long sentences. For each
        one, change the meeting’s notes, or keep the words as they are. People’s own words are never checked or changed.
      </p>
      <dl className="summary">
        <div className="summary__row">
          <dt>The family’s version</dt>
          <dd>{readabilityWords(check.readability)}</dd>
        </div>
        <div className="summary__row">
          <dt>Still to look at</dt>
          <dd>{check.open === 0 ? 'Nothing' : check.open === 1 ? '1 thing' : `${check.open} things`}</dd>
        </div>
      </dl>
      {locked && <p className="notice notice--reminder">This version is final, so its words cannot change. To change them, make a corrected version.</p>}
      {!locked && (
        <p>
          <Link to={paths.meetingRun(family.id, meeting.id)}>Change the meeting’s notes</Link> (the minutes are made from them).
        </p>
      )}
      {withFlags.length === 0 && <p>Nothing to look at: every section reads plainly.</p>}
      {withFlags.map((section) => (
        <SectionFlags key={section.sectionId} row={row} section={section} locked={locked} by={actorName(context.profile)} />
      ))}
      {check.sections.length > withFlags.length && (
        <section aria-labelledby="plain-clear-heading">
          <h2 className="section-heading" id="plain-clear-heading">
            Sections with nothing to look at
          </h2>
          <ul>
            {check.sections
              .filter((s) => s.flags.length === 0)
              .map((s) => (
                <li key={s.sectionId}>
                  {s.heading}: {readabilityWords(s.readability).toLocaleLowerCase('en-GB')}
                </li>
              ))}
          </ul>
        </section>
      )}
    </>
  );
}

function SectionFlags({ row, section, locked, by }: { row: MinutesRow; section: SectionCheck; locked: boolean; by: string }) {
  const { minutes } = useRepositories();
  const step = useStep();
  const [said, setSaid] = useState('');
  const headingId = `plain-${section.sectionId}`;

  const toggle = async (flag: CheckedFlag) => {
    const done = await step.run(() =>
      flag.accepted ? minutes.unacceptFlag(row.id, { sectionId: section.sectionId, kind: flag.kind, text: flag.text }) : minutes.acceptFlag(row.id, acceptedFlagFor(section.sectionId, flag, new Date().toISOString(), by)),
    );
    if (done) setSaid(flag.accepted ? `“${flag.text}” will be pointed at again.` : `“${flag.text}” is kept as it is.`);
  };

  return (
    <section aria-labelledby={headingId}>
      <h2 className="section-heading" id={headingId}>
        {section.heading}
      </h2>
      <p className="hint-text">{readabilityWords(section.readability)}</p>
      <SaveProblem message={step.problem} />
      <ul className="plain-flags">
        {section.flags.map((flag, i) => (
          <li key={`${flag.kind}:${flag.start}:${i}`} className={`plain-flag${flag.accepted ? ' plain-flag--accepted' : ''}`}>
            <p className="plain-flag__what">
              <strong>{KIND_WORDS[flag.kind]}</strong>: <q className="plain-flag__text">{flag.kind === 'long-sentence' ? `${flag.text.slice(0, 120)}${flag.text.length > 120 ? '…' : ''}` : flag.text}</q>
            </p>
            <p className="plain-flag__suggestion">{flag.suggestion}</p>
            {flag.accepted && <p className="plain-flag__kept">Kept as it is.</p>}
            {!locked && (
              <button type="button" className="button button--secondary button--small" aria-disabled={step.busy || undefined} onClick={() => void toggle(flag)}>
                {flag.accepted ? 'Look at it again' : 'Keep as it is'}
                <span className="visually-hidden"> (“{flag.text.slice(0, 60)}”)</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </section>
  );
}
