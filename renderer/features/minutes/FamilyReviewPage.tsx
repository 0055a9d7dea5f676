import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { newId } from '../../../shared/domain/ids';
import type { MinutesContent, MinutesRow, MinutesSection, ResponseKind } from '../../../shared/domain/minutes';
import { canTake, minutesStatus } from '../../../shared/minutes/workflow';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { byFieldId, summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { BlockView, blocksAsText } from './BlockView';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import { actorName } from './minutes-words';
import { answerFromDraft, isReviewDraft, newReviewDraft, replyFor, type ReviewDraft, type SectionReply } from './review-draft';
import { useSpeech } from './useSpeech';
import { unlessRefused } from './refused';
import { paths } from '../../components/paths';

/**
 * Family review mode: the chair hands the laptop to a parent, who reads the family's version in
 * large text, one part at a time, can have each part read aloud, says whether each part is right
 * in their own words, and gives their answer. Everything is recorded as given on this laptop.
 */
export function FamilyReviewPage() {
  return <MinutesFrame what="the minutes to check">{(context) => <Review context={context} />}</MinutesFrame>;
}

function Review({ context }: { context: MinutesContext }) {
  const { family, versions } = context;
  const row = versions[versions.length - 1];
  const back = paths.minutes(family.id, context.meeting.id);
  const title = `Checking the minutes: ${family.familyName}`;
  if (!row || !row.snapshot || !canTake(row, 'family-responded')) {
    const status = row ? minutesStatus(row) : null;
    return (
      <>
        <PageHeading title={title} />
        <p>
          {status === 'final' || status === 'shared'
            ? 'These minutes are final, so there is nothing for the family to check.'
            : 'These minutes have not been sent to the family to check yet.'}{' '}
          <Link to={back}>Back to the minutes</Link>
        </p>
      </>
    );
  }
  return <ReviewSteps context={context} row={row} content={row.snapshot} />;
}

function ReviewSteps({ context, row, content }: { context: MinutesContext; row: MinutesRow; content: MinutesContent }) {
  const { family, profile } = context;
  const sections = content.sections.filter((s) => s.familyBlocks.length > 0);
  const people = family.carers.map((c) => ({ id: c.id, name: c.name }));
  const onlyOne = people.length === 1 ? (people[0]?.id ?? '') : '';
  const draft = useAutosavedDraft(`minutes-review:${row.id}`, () => newReviewDraft(onlyOne), isReviewDraft);
  const [done, setDone] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const value = draft.value;
  const step = value ? Math.min(value.step, sections.length) : 0;

  useEffect(() => {
    // After Next or Previous, the new part's heading takes focus so it is read out first.
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [step, done]);

  if (!value) return <p role="status">Loading…</p>;
  const update = (change: Partial<ReviewDraft>) => draft.update((d) => ({ ...d, ...change }));
  const go = (to: number) => {
    moved.current = true;
    update({ step: to });
  };
  const chair = actorName(profile);

  if (done) {
    return (
      <div className="family-review">
        <PageHeading title="Thank you" />
        <div className="notice notice--success" role="status">
          <p>{done}</p>
        </div>
        <p>Please give the laptop back to {chair === 'Team Around user' ? 'the person who chaired the meeting' : <bdi>{chair}</bdi>}.</p>
        <p>
          <Link to={paths.minutes(family.id, row.meetingId)}>Back to the minutes</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="family-review">
      <PageHeading title={`Checking the minutes: ${family.familyName}`}>Please check these minutes</PageHeading>
      {step === 0 && (
        <p className="family-review__intro">
          These are the notes of your meeting. Read each part and tell us if it is right. What you write is kept exactly as you write it. Nobody else is sent these notes until you
          have had your say.
        </p>
      )}
      <p className="family-review__progress">{step < sections.length ? `Part ${step + 1} of ${sections.length}` : 'Last step: your answer'}</p>
      {step < sections.length ? (
        <SectionStep
          key={sections[step]?.id}
          section={sections[step] as MinutesSection}
          reply={replyFor(value, (sections[step] as MinutesSection).id)}
          headingRef={headingRef}
          onReply={(reply) => update({ replies: { ...value.replies, [(sections[step] as MinutesSection).id]: reply } })}
          onPrevious={step > 0 ? () => go(step - 1) : null}
          onNext={() => go(step + 1)}
          last={step === sections.length - 1}
        />
      ) : (
        <FinalStep
          row={row}
          sections={sections}
          draft={value}
          people={people}
          headingRef={headingRef}
          recordedBy={chair}
          onChange={update}
          onPrevious={() => go(sections.length - 1)}
          onDone={async (message) => {
            await draft.finish();
            moved.current = true;
            setDone(message);
          }}
        />
      )}
    </div>
  );
}

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
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onReply(reply: SectionReply): void;
  onPrevious: (() => void) | null;
  onNext(): void;
  last: boolean;
}

function SectionStep({ section, reply, headingRef, onReply, onPrevious, onNext, last }: SectionStepProps) {
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
          {last ? 'Next: give your answer' : 'Next part'}
        </button>
      </div>
    </section>
  );
}

interface FinalStepProps {
  row: MinutesRow;
  sections: readonly MinutesSection[];
  draft: ReviewDraft;
  people: ReadonlyArray<{ id: string; name: string }>;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  recordedBy: string;
  onChange(change: Partial<ReviewDraft>): void;
  onPrevious(): void;
  onDone(message: string): Promise<void>;
}

const FIELDS = { givenBy: 'review-given-by', otherName: 'review-other-name', kind: 'review-kind', words: 'review-words' };

function FinalStep({ row, sections, draft, people, headingRef, recordedBy, onChange, onPrevious, onDone }: FinalStepProps) {
  const { minutes } = useRepositories();
  const [responseId] = useState(newId);
  const input = () => ({
    draft,
    people,
    sectionIds: sections.map((s) => s.id),
    how: 'in-person-on-laptop' as const,
    givenOn: todayInLondon(),
    recordedAt: new Date().toISOString(),
    recordedBy,
    id: responseId,
    fields: FIELDS,
  });
  const form = useFormSubmit({
    check: () => byFieldId(answerFromDraft(input())),
    save: async (response) => {
      await unlessRefused(minutes.recordResponse(row.id, response));
      return response.givenBy.name;
    },
    afterSave: (name) => onDone(`Thank you, ${name}. Your answer has been recorded.`),
  });
  const errorAt = form.errorAt;
  const wrong = sections.filter((s) => replyFor(draft, s.id).answer === 'wrong');

  return (
    <form className="form family-review__part" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby="review-answer-heading">
      <h2 className="family-review__heading" id="review-answer-heading" tabIndex={-1} ref={headingRef}>
        Your answer
      </h2>
      <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
      <SaveProblem message={form.saveError} />
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
      {people.length > 0 && (
        <RadioGroup<string>
          id={FIELDS.givenBy}
          legend="Who is giving this answer?"
          error={errorAt(FIELDS.givenBy)}
          value={draft.givenBy}
          options={[
            ...people.map((p) => ({ value: p.id, label: <bdi>{p.name}</bdi> })),
            {
              value: 'other',
              label: 'Someone else',
              conditional: (
                <TextField id={FIELDS.otherName} label="Their name" width="medium" value={draft.otherName} error={errorAt(FIELDS.otherName)} onValueChange={(otherName) => onChange({ otherName })} />
              ),
            },
          ]}
          onChange={(givenBy) => onChange({ givenBy })}
        />
      )}
      <RadioGroup<ResponseKind>
        id={FIELDS.kind}
        legend="Are these minutes right?"
        error={errorAt(FIELDS.kind)}
        value={draft.kind}
        options={[
          { value: 'agreed', label: 'I agree: these minutes are right' },
          { value: 'agreed-with-changes', label: 'I agree, if the changes I asked for are made' },
          { value: 'disagrees', label: 'I do not agree' },
        ]}
        onChange={(kind) => onChange({ kind })}
      />
      <TextAreaField
        id={FIELDS.words}
        label="Anything else you want to say, in your own words"
        hint={draft.kind === 'agreed' || draft.kind === '' ? 'You do not have to write anything.' : 'What you write is kept and printed with the minutes. It is never changed or removed.'}
        rows={5}
        value={draft.words}
        error={errorAt(FIELDS.words)}
        onValueChange={(words) => onChange({ words })}
      />
      <div className="button-group family-review__nav">
        <button type="button" className="button button--secondary" onClick={onPrevious}>
          Previous part
        </button>
        <button type="submit" className="button" aria-disabled={form.saving || undefined}>
          Give my answer
        </button>
      </div>
    </form>
  );
}
