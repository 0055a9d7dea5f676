import { useEffect, useMemo, useRef, useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import type { MinutesRow, MinutesSection } from '../../../shared/domain/minutes';
import { redactContentFor } from '../../../shared/minutes/recipients';
import { canTake } from '../../../shared/minutes/workflow';
import { todayInLondon } from '../../../shared/rules/dates';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';
import { byFieldId } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { blocksAsText } from './BlockView';
import { CheckAnswers } from './CheckAnswers';
import type { HandOver } from './hand-over';
import type { MinutesContext } from './MinutesFrame';
import { actorName } from './minutes-words';
import { ANSWER_FIELDS, AnswerStep, SectionStep } from './ReviewParts';
import { unlessRefused } from './refused';
import { answerFromDraft, isReviewDraft, newReviewDraft, replyFor, type ReviewDraft } from './review-draft';

/**
 * The parts of the minutes one at a time, then their answer, then "Check your answers" before it
 * is given. What they see is their own copy: every detail a safety flag hides from them is
 * replaced, as in the copy they would be sent (record 0030). Parts with nothing in them are skipped.
 */
export function HandOverSteps({ context, handOver }: { context: MinutesContext; handOver: HandOver }) {
  const { family } = context;
  const row = context.versions.find((v) => v.id === handOver.rowId);
  if (!row || !row.snapshot || !canTake(row, 'family-responded')) {
    return (
      <>
        <PageHeading title="These minutes cannot be checked now" />
        <p>Please give the laptop back to the person who chaired the meeting.</p>
      </>
    );
  }
  return <Steps context={context} row={row} handOver={handOver} familyName={family.familyName} />;
}

function Steps({ context, row, handOver, familyName }: { context: MinutesContext; row: MinutesRow; handOver: HandOver; familyName: string }) {
  const { family, profile } = context;
  const { minutes } = useRepositories();
  const sections = useMemo(() => {
    if (!row.snapshot) return [];
    return redactContentFor(row.snapshot, family, handOver.personId).sections.filter((s) => s.familyBlocks.length > 0 && blocksAsText(s.familyBlocks).trim() !== '');
  }, [row.snapshot, family, handOver.personId]);
  // The minutes id last: Home finds drafts left half-way by it (shared/rules/home/drafts-left.ts).
  const draft = useAutosavedDraft(`minutes-review:${handOver.personId}:${row.id}`, () => newReviewDraft(handOver.personId), isReviewDraft);
  const [done, setDone] = useState<string | null>(null);
  const [fromCheck, setFromCheck] = useState(false);
  const [responseId] = useState(newId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const value = draft.value;
  const answerStep = sections.length;
  const checkStep = sections.length + 1;
  const step = value ? Math.min(value.step, checkStep) : 0;
  const chair = actorName(profile);
  const people = [{ id: handOver.personId, name: handOver.personName }];

  useEffect(() => {
    // After Next, Previous or Change, the new part's heading takes focus so it is read out first.
    if (moved.current) headingRef.current?.focus();
    moved.current = false;
  }, [step, done]);

  const answerInput = (d: ReviewDraft) => ({
    draft: { ...d, givenBy: handOver.personId },
    people,
    sectionIds: sections.map((s) => s.id),
    how: 'in-person-on-laptop' as const,
    givenOn: todayInLondon(),
    recordedAt: new Date().toISOString(),
    recordedBy: chair,
    id: responseId,
    fields: ANSWER_FIELDS,
  });
  const give = useFormSubmit({
    check: () => (value ? byFieldId(answerFromDraft(answerInput(value))) : undefined),
    save: async (response) => {
      await unlessRefused(minutes.recordResponse(row.id, response));
      return response.givenBy.name;
    },
    afterSave: async (name) => {
      await draft.finish();
      moved.current = true;
      setDone(`Thank you, ${name}. Your answer has been recorded.`);
    },
  });

  if (!value) return <p role="status">Loading…</p>;
  const update = (change: Partial<ReviewDraft>) => draft.update((d) => ({ ...d, ...change }));
  const go = (to: number) => {
    moved.current = true;
    update({ step: to });
  };
  const next = (from: number) => go(fromCheck ? checkStep : from + 1);
  const change = (to: number) => {
    setFromCheck(true);
    go(to);
  };

  if (done) {
    return (
      <div className="family-review">
        <PageHeading title="Thank you" />
        <div className="notice notice--success" role="status">
          <p>{done}</p>
        </div>
        <p>Please give the laptop back to {chair === 'Team Around user' ? 'the person who chaired the meeting' : <bdi>{chair}</bdi>}.</p>
      </div>
    );
  }

  const section = step < answerStep ? (sections[step] as MinutesSection) : null;
  return (
    <div className="family-review">
      <PageHeading title={`Checking the minutes: ${familyName}`}>Please check these minutes</PageHeading>
      <p className="family-review__reader">
        Reading: <bdi>{handOver.personName}</bdi>
      </p>
      {step === 0 && (
        <p className="family-review__intro">
          These are the notes of your meeting. Read each part and tell us if it is right. What you write is kept exactly as you write it. Nobody else is sent these notes until you
          have had your say.
        </p>
      )}
      <p className="family-review__progress">{section ? `Part ${step + 1} of ${sections.length}` : step === answerStep ? 'Nearly done: your answer' : 'Last step: check your answers'}</p>
      {section && (
        <SectionStep
          key={section.id}
          section={section}
          reply={replyFor(value, section.id)}
          headingRef={headingRef}
          onReply={(reply) => update({ replies: { ...value.replies, [section.id]: reply } })}
          onPrevious={step > 0 && !fromCheck ? () => go(step - 1) : null}
          onNext={() => next(step)}
          nextLabel={fromCheck ? 'Back to check your answers' : step === sections.length - 1 ? 'Next: give your answer' : 'Next part'}
        />
      )}
      {step === answerStep && (
        <AnswerStep
          sections={sections}
          draft={value}
          headingRef={headingRef}
          check={() => answerFromDraft(answerInput(value))}
          onChange={update}
          onPrevious={fromCheck || sections.length === 0 ? null : () => go(sections.length - 1)}
          onContinue={() => go(checkStep)}
        />
      )}
      {step === checkStep && (
        <CheckAnswers
          path={paths.handOver(handOver.familyId, handOver.meetingId)}
          sections={sections}
          draft={value}
          headingRef={headingRef}
          saving={give.saving}
          saveError={give.saveError ?? give.errors[0]?.message ?? null}
          onChange={change}
          answerStep={answerStep}
          onGive={(event) => void give.submit(event)}
        />
      )}
    </div>
  );
}
