import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { agreementRuleMeanings, areaWords, type AreaSettings } from '../../../shared/domain/area-settings';
import { logoDataUrl } from '../../../shared/domain/area-logo';
import { describeReviewFrequency } from '../../../shared/domain/review-frequency';
import { paths } from '../../components/paths';
import { Section } from '../../components/Section';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="summary__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const notSet = <span className="summary__empty">Not set</span>;

/** The area settings as they are now, with a way to change them. */
export function AreaSettingsSummary({ area }: { area: AreaSettings }) {
  const words = areaWords(area);
  return (
    <Section headingId="area-settings-heading" title="Area settings">
      <dl className="summary summary--settings">
        <Row label="Area">{area.areaName ? <bdi>{area.areaName}</bdi> : notSet}</Row>
        <Row label="Logo">{area.logo ? <img className="logo-preview__image" src={logoDataUrl(area.logo)} alt={area.logo.alt} /> : notSet}</Row>
        <Row label="Meetings are called">
          {words.meetingShort} ({words.meetingLong})
        </Row>
        <Row label="The person who leads the plan">{words.leadCapitalised}</Row>
        <Row label="The support is called">{words.serviceCapitalised}</Row>
        <Row label="Level of need scale">
          <ol className="summary__levels">
            {area.levelsOfNeed.map((level) => (
              <li key={level.key}>
                <span className="summary__level-name">
                  {level.label} (code {level.key})
                </span>
                {level.description && <span className="summary__level-description">: {level.description}</span>}
              </li>
            ))}
          </ol>
        </Row>
        <Row label="Reviews">{describeReviewFrequency(area.defaultReviewFrequency).replace(/^every/, 'Every')}, unless the team agrees another date</Row>
        <Row label="Protective marking">{area.protectiveMarking}</Row>
        <Row label="The minutes count as agreed">{agreementRuleMeanings[area.agreementRule]}</Row>
        <Row label="During a meeting, lock after">{area.meetingLockAfterMinutes === null ? 'The usual time (set under Locking)' : `${area.meetingLockAfterMinutes} minutes without use`}</Row>
        <Row label="Term dates and templates come from">{area.templatesSource ? <span className="summary__text">{area.templatesSource}</span> : notSet}</Row>
      </dl>
      <p>
        <Link className="button button--secondary" to={paths.areaSettings()}>
          Change area settings
        </Link>
      </p>
    </Section>
  );
}
