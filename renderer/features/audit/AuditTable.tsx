import type { AuditEntry } from '../../../shared/rules/audit-chain';
import { describeAction, describeRecipients, describeRecord, describeWhen, type RecipientNames } from './audit-words';

/** One page of the trail, newest first: when, who, what happened, which record, recipients. Never content. */
export function AuditTable({ entries, names }: { entries: readonly AuditEntry[]; names: RecipientNames }) {
  return (
    <div className="table-scroll" role="region" aria-label="Table of who did what" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">Who did what with this family&apos;s information, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What happened</th>
            <th scope="col">Which record</th>
            <th scope="col">Recipients</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td className="data-table__date">
                <time dateTime={entry.at}>{describeWhen(entry.at)}</time>
              </td>
              <td>
                <bdi>{entry.actor}</bdi>
              </td>
              <td>{describeAction(entry, names)}</td>
              <td>{describeRecord(entry)}</td>
              <td>
                <bdi>{describeRecipients(entry.recipients, names)}</bdi>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
