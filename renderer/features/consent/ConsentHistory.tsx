import type { ConsentEvent } from '../../../shared/domain/consent';
import { formatLongDate } from '../../../shared/rules/dates';
import { dateTimeWords } from '../../../shared/time/london';
import { useAreaWords } from '../../data/hooks/useSettings';
import { historyRows } from './consent-words';
import { Section } from '../../components/Section';

/** Every decision ever recorded, newest first. Read only: the register is never changed or cut. */
export function ConsentHistory({ log }: { log: readonly ConsentEvent[] }) {
  const { service } = useAreaWords();
  const rows = historyRows(log, service);
  return (
    <Section headingId="consent-history-heading" title="Full history">
      <p className="hint-text">
        Every decision is kept, newest first. Entries cannot be changed or deleted. If something was recorded wrongly, add a new entry that puts it right and
        say why in the note.
      </p>
      {rows.length === 0 ? (
        <p>Nothing has been recorded yet.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Table of consent decisions" tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">Consent decisions, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">What happened</th>
                <th scope="col">How</th>
                <th scope="col">Check again by</th>
                <th scope="col">Recorded by</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td className="data-table__date">{formatLongDate(row.on)}</td>
                  <td>
                    <strong>{row.kind}.</strong> {row.sentence}
                    {row.note !== '' && <p className="data-table__note preserve-lines">Note: {row.note}</p>}
                  </td>
                  <td>{row.how}</td>
                  <td>{row.reviewBy ? formatLongDate(row.reviewBy) : 'Not set'}</td>
                  <td>
                    <bdi>{row.recordedBy}</bdi>
                    <br />
                    <span className="data-table__meta">{dateTimeWords(row.recordedAt)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
