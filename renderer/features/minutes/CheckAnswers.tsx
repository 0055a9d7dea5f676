import type { FormEvent, ReactNode, RefObject } from 'react';
import { Link } from 'react-router';
import type { MinutesSection } from '../../../shared/domain/minutes';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { KIND_CHOICES } from './ReviewParts';
import { replyFor, type ReviewDraft } from './review-draft';

interface CheckAnswersProps {
  /** The hand-over's address, for the Change links. */
  path: string;
  sections: readonly MinutesSection[];
  draft: ReviewDraft;
  headingRef: RefObject<HTMLHeadingElement | null>;
  saving: boolean;
  saveError: string | null;
  answerStep: number;
  /** Goes back to a step to change it; after it, the reader comes back here. */
  onChange(step: number): void;
  onGive(event: FormEvent): void;
}

const PART_ANSWERS = { right: 'This is right', wrong: 'Something is wrong here', '': 'Not answered' } as const;

/** "Check your answers" (the GOV.UK pattern): every answer, each with a way to change it, then give it. */
export function CheckAnswers({ path, sections, draft, headingRef, saving, saveError, answerStep, onChange, onGive }: CheckAnswersProps) {
  // A link, as in the GOV.UK pattern; the step changes in place, so the draft keeps where they are.
  const change = (step: number, what: ReactNode) => (
    <Link
      to={{ pathname: path, search: `?change=${step}` }}
      onClick={(event) => {
        event.preventDefault();
        onChange(step);
      }}
    >
      Change<span className="visually-hidden"> {what}</span>
    </Link>
  );
  const kind = KIND_CHOICES.find((c) => c.value === draft.kind)?.label ?? 'Not answered';
  return (
    <form className="form family-review__part" noValidate onSubmit={onGive} aria-labelledby="review-check-heading">
      <h2 className="family-review__heading" id="review-check-heading" tabIndex={-1} ref={headingRef}>
        Check your answers
      </h2>
      <SaveProblem message={saveError} />
      <dl className="check-answers">
        {sections.map((s, i) => {
          const reply = replyFor(draft, s.id);
          return (
            <div className="check-answers__row" key={s.id}>
              <dt className="check-answers__key">{s.familyHeading}</dt>
              <dd className="check-answers__value">
                <p>{PART_ANSWERS[reply.answer]}</p>
                {reply.words.trim() !== '' && <p className="preserve-lines">{reply.words}</p>}
              </dd>
              <dd className="check-answers__action">
                {change(i, <>your answer about {s.familyHeading}</>)}
              </dd>
            </div>
          );
        })}
        <div className="check-answers__row">
          <dt className="check-answers__key">Are these minutes right?</dt>
          <dd className="check-answers__value">{kind}</dd>
          <dd className="check-answers__action">
            {change(answerStep, 'whether these minutes are right')}
          </dd>
        </div>
        <div className="check-answers__row">
          <dt className="check-answers__key">Anything else you want to say</dt>
          <dd className="check-answers__value">{draft.words.trim() === '' ? 'Nothing' : <p className="preserve-lines">{draft.words}</p>}</dd>
          <dd className="check-answers__action">
            {change(answerStep, 'what else you want to say')}
          </dd>
        </div>
      </dl>
      <h3>Now give your answer</h3>
      <p>When you give your answer, it is kept exactly as you wrote it and printed with the minutes.</p>
      <div className="button-group family-review__nav">
        <button type="submit" className="button" aria-disabled={saving || undefined}>
          Give my answer
        </button>
      </div>
    </form>
  );
}
