import type { ReceivedReport } from '../../../shared/domain/received-report';

interface Props {
  sections: ReceivedReport['sections'];
  /** The child's name as the author wrote it, for the child's own words. */
  childName: string;
  /** The level of each section's heading, below the heading the report sits under. */
  headingLevel: 3 | 4 | 5;
}

/** A report in full: each section the author wrote, the child's own words as a quotation. */
export function ReportView({ sections, childName, headingLevel }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="report-view">
      {sections.map((section, index) => (
        <div key={`${index}-${section.heading}`} className="report-view__section">
          <Heading className="report-view__heading">{section.heading}</Heading>
          {section.childsOwnWords ? (
            <figure className="report-view__words">
              <blockquote className="preserve-lines">{section.text}</blockquote>
              <figcaption>
                <bdi>{childName}</bdi>, in their own words
              </figcaption>
            </figure>
          ) : (
            <p className="preserve-lines">{section.text}</p>
          )}
        </div>
      ))}
    </div>
  );
}
