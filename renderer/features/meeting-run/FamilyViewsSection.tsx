import { problemAt } from '../../../shared/rules/meeting-run/saveable';
import { TextAreaField } from '../../components/TextAreaField';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';

export const FAMILY_VIEWS_HEADING_ID = 'run-family-views';

/** What the family says, in their own words. */
export function FamilyViewsSection({ record, change, problems }: MeetingSectionProps) {
  return (
    <section aria-labelledby={FAMILY_VIEWS_HEADING_ID} className="run-section">
      <RunHeading id={FAMILY_VIEWS_HEADING_ID}>The family’s views</RunHeading>
      <TextAreaField
        id="run-family-views-text"
        label="What the family says, in their words"
        hint="Write it as they said it. Read it back to them if they would like."
        className="run-textarea"
        rows={5}
        value={record.familyViews}
        error={problemAt(problems, 'familyViews')}
        onValueChange={(familyViews) => change((r) => ({ ...r, familyViews }))}
      />
    </section>
  );
}
