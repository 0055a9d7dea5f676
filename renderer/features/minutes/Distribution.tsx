import { MINUTES_DOCUMENT_KIND_LABELS, type DistributionBasis, type MinutesRow } from '../../../shared/domain/minutes';
import { instantWords } from './minutes-words';

const BASIS_WORDS: Record<DistributionBasis['kind'], string> = {
  family: 'The family’s own copy',
  consent: 'The family’s consent',
  safeguarding: 'Safeguarding referral',
};

/** The minutes' distribution list: every copy of this version that was saved, with its basis. */
export function Distribution({ row }: { row: MinutesRow }) {
  return (
    <section aria-labelledby="distribution-heading">
      <h2 className="section-heading" id="distribution-heading">
        Copies of version {row.version} already made
      </h2>
      {row.distribution.length === 0 ? (
        <p>No copies have been made yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Every copy made of version {row.version}, oldest first</caption>
            <thead>
              <tr>
                <th scope="col">For</th>
                <th scope="col">Document</th>
                <th scope="col">Format</th>
                <th scope="col">Why they could have it</th>
                <th scope="col">When</th>
              </tr>
            </thead>
            <tbody>
              {row.distribution.map((d) => (
                <tr key={d.id}>
                  <td>
                    <bdi>{d.recipient.name}</bdi>
                  </td>
                  <td>{MINUTES_DOCUMENT_KIND_LABELS[d.document]}</td>
                  <td>{d.format === 'docx' ? 'Word' : 'PDF'}</td>
                  <td className="preserve-lines">
                    {BASIS_WORDS[d.basis.kind]}
                    {d.basis.kind === 'safeguarding' ? `: ${d.basis.reason}` : ''}
                  </td>
                  <td>{instantWords(d.at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
