import { useState } from 'react';
import { BRIEFING_KIND_LABELS } from '../../../shared/briefing/sections';
import { itemShownBeside, receivedOnWords, toReceivedReport, type BriefingRow } from '../../../shared/briefing/received';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SelectField } from '../../components/fields/SelectField';
import { dateWords } from './briefing-words';
import { ReportView } from './ReportView';
import { Section } from '../../components/Section';

/** The briefings and reports brought into this meeting: who sent them, where they show, and each in full. */
export function ReceivedList({ meeting, rows }: { meeting: PlannedMeeting; rows: BriefingRow[] | undefined }) {
  const { briefings } = useRepositories();
  const [problem, setProblem] = useState<string | null>(null);
  const items = meeting.agenda?.items ?? [];
  return (
    <Section headingId="received-heading" title="Briefings and reports received">
      {problem && (
        <p className="notice notice--problem" role="alert">
          {problem}
        </p>
      )}
      {rows === undefined && <p role="status">Loading…</p>}
      {rows?.length === 0 && <p>None yet.</p>}
      {rows && rows.length > 0 && (
        <>
          <p>Each one shows beside its agenda item when you run the meeting, its author is marked as having sent a written report, and it goes into the minutes.</p>
          <ul className="briefing-list" aria-label="Briefings and reports received">
            {rows.map((row) => {
              const report = toReceivedReport(row);
              const { author } = report;
              const kind = BRIEFING_KIND_LABELS[report.kind];
              const beside = itemShownBeside(row.agendaItemId, meeting.agenda);
              return (
                <li key={row.id} className="briefing-list__item">
                  <h3 className="briefing-list__title">
                    {kind} from <bdi>{author.name}</bdi>
                  </h3>
                  <p className="briefing-list__meta">
                    {author.role}, <bdi>{author.agency}</bdi>. About <bdi>{row.briefing.child.name}</bdi>. Written {dateWords(report.writtenOn)}; brought in{' '}
                    {receivedOnWords(row.receivedAt)}.
                  </p>
                  {items.length > 0 && (
                    <SelectField
                      id={`beside-${row.id}`}
                      label={`Agenda item for the ${kind.toLocaleLowerCase('en-GB')} from ${author.name}`}
                      value={beside ?? ''}
                      onValueChange={(value) => {
                        setProblem(null);
                        briefings.setAgendaItem(row.id, value).catch((error: unknown) => setProblem(toStorageError(error).message));
                      }}
                    >
                      {items.map((item, index) => (
                        <option key={item.id} value={item.id}>
                          {index + 1}. {item.title}
                        </option>
                      ))}
                    </SelectField>
                  )}
                  <details className="disclosure">
                    <summary className="disclosure__summary">
                      Read the whole {kind.toLocaleLowerCase('en-GB')}
                      <span className="visually-hidden"> from {author.name}</span>
                    </summary>
                    <ReportView sections={report.sections} childName={row.briefing.child.name} headingLevel={4} />
                  </details>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Section>
  );
}
