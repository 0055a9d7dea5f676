import type { FormEvent, RefObject } from 'react';
import type { MinutesSection, ResponseKind } from '../../../shared/domain/minutes';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { byFieldId, summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { TextAreaField } from '../../components/TextAreaField';
import { BlockView, blocksAsText } from './BlockView';
import { replyFor, type ReviewDraft, type ReviewProblem, type SectionReply } from './review-draft';
import { useSpeech } from './useSpeech';
import type { FamilyResponseInput } from '../../../shared/domain/minutes';

function ReadAloud({ text }: { text: string }) {
  const speech = useSpeech();
  if (!speech.available) {
    return <p className="hint-text">Reading aloud is not available on this computer. Ask the person who chaired the meeting to read this part with you.</p>;
  }
  return (
    <div className="button-group">
      {speech.speaking ? (
        <button type="button" className="button button--secondary" onClick={speech.stop}>
          Stop reading
        </button>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => speech.speak(text)}>
          Read this aloud
        </button>
      )}
    </div>
  );
}

interface SectionStepProps {
  section: MinutesSection;
  reply: SectionReply;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onReply(reply: SectionReply): void;
  onPrevious: (() => void) | null;
  onNext(): void;
  nextLabel: string;
}

/** One part of the minutes, read (or heard), with whether it is right in the reader's words. */
export function SectionStep({ section, reply, headingRef, onReply, onPrevious, onNext, nextLabel }: SectionStepProps) {
  const id = `review-${section.id}`;
  return (
    <section className="family-review__part" aria-labelledby={`${id}-heading`}>
      <h2 className="family-review__heading" id={`${id}-heading`} tabIndex={-1} ref={headingRef}>
        {section.familyHeading}
      </h2>
      <ReadAloud text={`${section.familyHeading}.\n${blocksAsText(section.familyBlocks)}`} />
      <div className="family-review__text">
        <BlockView blocks={section.familyBlocks} headingLevel={3} />
      </div>
      <RadioGroup<'right' | 'wrong'>
        id={`${id}-answer`}
        legend="Is this part right?"
        value={reply.answer}
        options={[
          { value: 'right', label: 'This is right' },
          { value: 'wrong', label: 'Something is wrong here' },
        ]}
        onChange={(answer) => onReply({ ...reply, answer })}
      />
      <TextAreaField
        id={`${id}-words`}
        label={reply.answer === 'wrong' ? 'What is wrong? Write it in your own words' : 'Anything you want to say about this part (you do not have to)'}
        rows={4}
        value={reply.words}
        onValueChange={(words) => onReply({ ...reply, words })}
      />
      <div className="button-group family-review__nav">
        {onPrevious && (
          <button type="button" className="button button--secondary" onClick={onPrevious}>
            Previous part
          </button>
        )}
        <button type="button" className="button" onClick={onNext}>
          {nextLabel}
        </button>
      </div>
    </section>
  );
}

/** Field ids on the answer step (who gives it is chosen by the chair before handing over). */
export const ANSWER_FIELDS = { givenBy: 'review-given-by', otherName: 'review-other-name', kind: 'review-kind', words: 'review-words' };

export const KIND_CHOICES: ReadonlyArray<{ value: ResponseKind; label: string }> = [
  { value: 'agreed', label: 'I agree: these minutes are right' },
  { value: 'agreed-with-changes', label: 'I agree, if the changes I asked for are made' },
  { value: 'disagrees', label: 'I do not agree' },
];

interface AnswerStepProps {
  sections: readonly MinutesSection[];
  draft: ReviewDraft;
  headingRef: RefObject<HTMLHeadingElement | null>;
  check(): { ok: true; value: FamilyResponseInput } | { ok: false; errors: ReviewProblem[] };
  onChange(change: Partial<ReviewDraft>): void;
  onPrevious: (() => void) | null;
  onContinue(): void;
}

/** Whether the minutes are right overall, in the reader's words; checked before "Check your answers". */
export function AnswerStep({ sections, draft, headingRef, check, onChange, onPrevious, onContinue }: AnswerStepProps) {
  const form = useFormSubmit({
    check: () => byFieldId(check()),
    save: async () => undefined,
    afterSave: onContinue,
  });
  const wrong = sections.filter((s) => replyFor(draft, s.id).answer === 'wrong');
  return (
    <form className="form family-review__part" noValidate onSubmit={(event: FormEvent) => void form.submit(event)} aria-labelledby="review-answer-heading">
      <h2 className="family-review__heading" id="review-answer-heading" tabIndex={-1} ref={headingRef}>
        Your answer
      </h2>
      <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
      {wrong.length > 0 ? (
        <>
          <p>You said something is wrong in:</p>
          <ul>
            {wrong.map((s) => (
              <li key={s.id}>{s.familyHeading}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>You did not say that anything is wrong.</p>
      )}
      <RadioGroup<ResponseKind>
        id={ANSWER_FIELDS.kind}
        legend="Are these minutes right?"
        error={form.errorAt(ANSWER_FIELDS.kind)}
        value={draft.kind}
        options={KIND_CHOICES}
        onChange={(kind) => onChange({ kind })}
      />
      <TextAreaField
        id={ANSWER_FIELDS.words}
        label="Anything else you want to say, in your own words"
        hint={draft.kind === 'agreed' || draft.kind === '' ? 'You do not have to write anything.' : 'What you write is kept and printed with the minutes. It is never changed or removed.'}
        rows={5}
        value={draft.words}
        error={form.errorAt(ANSWER_FIELDS.words)}
        onValueChange={(words) => onChange({ words })}
      />
      <div className="button-group family-review__nav">
        {onPrevious && (
          <button type="button" className="button button--secondary" onClick={onPrevious}>
            Previous part
          </button>
        )}
        <button type="submit" className="button">
          Continue
        </button>
      </div>
    </form>
  );
}
