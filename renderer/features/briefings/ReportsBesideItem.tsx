import { useLiveQuery } from 'dexie-react-hooks';
import { BRIEFING_KIND_LABELS } from '../../../shared/briefing/sections';
import { toReceivedReport } from '../../../shared/briefing/received';
import { useRepositories } from '../../data/hooks/useRepositories';
import { dateWords } from './briefing-words';
import { ReportView } from './ReportView';
import { useReceivedBriefings } from './useReceivedReports';

const SUMMARY_CHARS = 180;

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SUMMARY_CHARS ? flat : `${flat.slice(0, SUMMARY_CHARS).replace(/\s+\S*$/, '')}…`;
}

/**
 * Beside an agenda item in the live meeting: the briefings and reports the chair put beside it,
 * each as a short summary with the whole report behind "Read the whole report". Reports not yet
 * put beside an item, or beside one that has left the agenda, show beside the first item.
 */
export function ReportsBesideItem({ meetingId, itemId, isFirstItem }: { familyId: string; meetingId: string; itemId: string; isFirstItem: boolean }) {
  const { meetings } = useRepositories();
  const rows = useReceivedBriefings(meetingId);
  const agendaIds = useLiveQuery(async () => new Set((await meetings.get(meetingId))?.agenda?.items.map((i) => i.id) ?? []), [meetings, meetingId]);
  if (!rows || !agendaIds) return null;
  const here = rows.filter((row) =>
    row.agendaItemId === itemId ? true : isFirstItem && (row.agendaItemId === null || !agendaIds.has(row.agendaItemId)),
  );
  if (here.length === 0) return null;
  return (
    <div className="reports-beside">
      <h4 className="reports-beside__title">{here.length === 1 ? 'A report sent for this item' : `${here.length} reports sent for this item`}</h4>
      <ul className="reports-beside__list">
        {here.map((row) => {
          const report = toReceivedReport(row);
          const { author } = report;
          const worries = report.sections.find((s) => s.heading.startsWith('What worries'));
          const first = worries ?? report.sections.find((s) => s.heading !== 'Attendance') ?? report.sections[0];
          return (
            <li key={report.id} className="reports-beside__item">
              <p>
                <strong>
                  {BRIEFING_KIND_LABELS[report.kind]} from <bdi>{author.name}</bdi>
                </strong>
                , {author.role}, <bdi>{author.agency}</bdi>. Written {dateWords(report.writtenOn)}.
              </p>
              {first && (
                <p className="reports-beside__summary">
                  {first.heading}: {shortened(first.text)}
                </p>
              )}
              <details className="disclosure">
                <summary className="disclosure__summary">
                  Read the whole report<span className="visually-hidden"> from {author.name}</span>
                </summary>
                <ReportView sections={report.sections} childName={row.briefing.child.name} headingLevel={5} />
              </details>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
