import { RESPONSE_HOW_LABELS, RESPONSE_KIND_LABELS, type FamilyResponse, type MinutesContent, type MinutesRow } from '../../../shared/domain/minutes';
import { dateWords, instantWords } from './minutes-words';

function sectionName(content: MinutesContent | null, sectionId: string): string {
  return content?.sections.find((s) => s.id === sectionId)?.heading ?? sectionId;
}

function Answer({ response, content }: { response: FamilyResponse; content: MinutesContent | null }) {
  const wrong = response.sections.filter((s) => s.answer === 'wrong');
  return (
    <li className="minutes-answer">
      <p className="minutes-answer__kind">
        <strong>{RESPONSE_KIND_LABELS[response.kind]}</strong>
      </p>
      <p className="timeline__meta">
        Given by <bdi>{response.givenBy.name}</bdi> on {dateWords(response.givenOn)}, {RESPONSE_HOW_LABELS[response.how].toLocaleLowerCase('en-GB')}. Recorded by{' '}
        <bdi>{response.recordedBy}</bdi> on {instantWords(response.recordedAt)}.
      </p>
      {response.words.trim() !== '' && (
        <figure className="minutes-quote">
          <blockquote className="minutes-quote__words preserve-lines">{response.words}</blockquote>
          <figcaption className="minutes-quote__who">
            In their own words: <bdi>{response.givenBy.name}</bdi>
          </figcaption>
        </figure>
      )}
      {wrong.length > 0 && (
        <>
          <p>Sections they said something is wrong in:</p>
          <ul>
            {wrong.map((s) => (
              <li key={s.sectionId}>
                <strong>{sectionName(content, s.sectionId)}</strong>
                {s.words.trim() !== '' && (
                  <>
                    : <q className="preserve-lines">{s.words}</q>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/**
 * Every answer the family gave to this version and to earlier ones, in their own words. These
 * are kept and printed; nothing here can be edited or removed.
 */
export function FamilyAnswers({ row, content }: { row: MinutesRow; content: MinutesContent | null }) {
  return (
    <section aria-labelledby="minutes-answers-heading">
      <h2 className="section-heading" id="minutes-answers-heading">
        The family’s answers
      </h2>
      {row.responses.length === 0 && row.earlierResponses.length === 0 ? (
        <p>The family has not answered yet.</p>
      ) : (
        <>
          <p className="hint-text">What the family said is kept exactly as they said it and printed in the minutes. It cannot be changed or removed.</p>
          {row.responses.length > 0 && (
            <ol className="minutes-answers" aria-label={`Answers to version ${row.version}`}>
              {row.responses.map((r) => (
                <Answer key={r.id} response={r} content={content} />
              ))}
            </ol>
          )}
          {row.earlierResponses.length > 0 && (
            <>
              <h3>Answers to earlier versions</h3>
              <ol className="minutes-answers" aria-label="Answers to earlier versions">
                {row.earlierResponses.map((r) => (
                  <li key={r.response.id} className="minutes-answers__earlier">
                    <p>Version {r.version}</p>
                    <ol className="minutes-answers">
                      <Answer response={r.response} content={content} />
                    </ol>
                  </li>
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}
