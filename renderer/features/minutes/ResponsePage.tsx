import { useState } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import { newId } from '../../../shared/domain/ids';
import { RESPONSE_HOW, RESPONSE_HOW_LABELS, RESPONSE_KIND_LABELS, responseHowSchema, type MinutesContent, type MinutesRow, type ResponseHow, type ResponseKind } from '../../../shared/domain/minutes';
import { canTake } from '../../../shared/minutes/workflow';
import { compareIsoDates, todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { NotFound } from '../../components/notices/NotFound';
import { SaveStatus } from '../../components/SaveStatus';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { byFieldId, summaryOf } from '../../components/form/field-ids';
import { useDraftForm } from '../../components/form/useDraftForm';
import { DateField } from '../../components/fields/DateField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { isoToUk, readDate } from '../../components/form/field-values';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import { MinutesTop } from './MinutesTop';
import { actorName } from './minutes-words';
import { answerFromDraft, OTHER_PERSON, replyFor, reviewDraftSchema, type ReviewProblem } from './review-draft';
import { unlessRefused } from './refused';
import { paths } from '../../components/paths';

const responseDraftSchema = reviewDraftSchema.extend({ how: z.union([responseHowSchema, z.literal('')]), givenOn: z.string() });
type ResponseDraft = z.infer<typeof responseDraftSchema>;
const isResponseDraft = (value: unknown): value is ResponseDraft => responseDraftSchema.safeParse(value).success;

const FIELDS = { givenBy: 'response-given-by', otherName: 'response-other-name', kind: 'response-kind', words: 'response-words' };

/**
 * The chair records the family's answer given another way: on the review copy they took home, by
 * phone, email or letter. Their words are typed exactly as they gave them, and are kept for good.
 */
export function ResponsePage() {
  return <MinutesFrame what="the family’s answer">{(context) => <ResponseView context={context} />}</MinutesFrame>;
}

function ResponseView({ context }: { context: MinutesContext }) {
  const row = context.versions[context.versions.length - 1];
  const back = paths.minutes(context.family.id, context.meeting.id);
  if (!row || !row.snapshot || !canTake(row, 'family-responded')) {
    return (
      <NotFound
        heading="Record the family’s answer"
        message="The family’s answer can be recorded once the minutes have been sent to them, and until they are final."
        link={{ to: back, text: 'Back to the minutes' }}
      />
    );
  }
  return <ResponseForm context={context} row={row} content={row.snapshot} />;
}

function ResponseForm({ context, row, content }: { context: MinutesContext; row: MinutesRow; content: MinutesContent }) {
  const { family, profile } = context;
  const { minutes } = useRepositories();
  const navigate = useNavigate();
  const [responseId] = useState(newId);
  const sections = content.sections.filter((s) => s.familyBlocks.length > 0);
  const people = family.carers.map((c) => ({ id: c.id, name: c.name }));
  const form = useDraftForm({
    draftKey: `minutes-response:${row.id}`,
    initial: (): ResponseDraft => ({ step: 0, replies: {}, givenBy: people.length === 1 ? (people[0]?.id ?? '') : '', otherName: '', kind: '', words: '', how: 'review-copy', givenOn: isoToUk(todayInLondon()) }),
    isDraft: isResponseDraft,
    check: (d) => byFieldId(check(d)),
    save: async (response) => {
      await unlessRefused(minutes.recordResponse(row.id, response));
      return response.givenBy.name;
    },
    afterSave: (name) => void navigate(paths.minutes(family.id, row.meetingId), { state: { flash: `${name}’s answer has been recorded.` } }),
    afterCancel: () => undefined,
  });
  const { draft, value } = form;
  if (!value) return <p role="status">Loading…</p>;
  const update = form.change;

  function check(d: ResponseDraft): { ok: true; value: Parameters<typeof minutes.recordResponse>[1] } | { ok: false; errors: ReviewProblem[] } {
    const errors: ReviewProblem[] = [];
    const today = todayInLondon();
    const on = readDate(d.givenOn, 'date they gave their answer');
    if (!on.ok) errors.push({ fieldId: 'response-on', message: on.message });
    else if (compareIsoDates(on.date, today) > 0) errors.push({ fieldId: 'response-on', message: 'The date must be today or in the past' });
    if (d.how === '') errors.push({ fieldId: 'response-how', message: 'Choose how they gave their answer' });
    const answer = answerFromDraft({
      draft: d,
      people,
      sectionIds: sections.map((s) => s.id),
      how: d.how === '' ? 'review-copy' : d.how,
      givenOn: on.ok ? on.date : today,
      recordedAt: new Date().toISOString(),
      recordedBy: actorName(profile),
      id: responseId,
      fields: FIELDS,
    });
    if (!answer.ok) errors.push(...answer.errors);
    return answer.ok && errors.length === 0 ? answer : { ok: false, errors };
  }

  const errorAt = form.errorAt;

  return (
    <>
      <MinutesTop back={paths.minutes(family.id, row.meetingId)} lead="Record the family’s answer" familyName={family.familyName} />
      <p>Type what they said exactly as they said or wrote it. It is kept and printed with the minutes, and cannot be changed or removed later.</p>
      <form className="form" noValidate onSubmit={(event) => void form.submit(event)} aria-label="The family’s answer">
        <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
        <SaveProblem message={form.saveError} />
        <RestoredDraftNotice restoredAt={draft.restoredAt} what="recorded" onDiscard={() => void draft.discard()} />
        <RadioGroup<string>
          id={FIELDS.givenBy}
          legend="Who gave the answer?"
          error={errorAt(FIELDS.givenBy)}
          value={value.givenBy}
          options={[
            ...people.map((p) => ({ value: p.id, label: <bdi>{p.name}</bdi> })),
            {
              value: OTHER_PERSON,
              label: 'Someone else',
              conditional: (
                <TextField id={FIELDS.otherName} label="Their name" width="medium" value={value.otherName} error={errorAt(FIELDS.otherName)} onValueChange={(otherName) => update({ otherName })} />
              ),
            },
          ]}
          onChange={(givenBy) => update({ givenBy })}
        />
        <RadioGroup<ResponseHow>
          id="response-how"
          legend="How did they give it?"
          error={errorAt('response-how')}
          value={value.how}
          options={RESPONSE_HOW.filter((how) => how !== 'review-file').map((how) => ({ value: how, label: RESPONSE_HOW_LABELS[how] }))}
          onChange={(how) => update({ how })}
        />
        <DateField
          id="response-on"
          label="Date they gave their answer"
          value={value.givenOn}
          error={errorAt('response-on')}
          onValueChange={(givenOn) => update({ givenOn })}
        />
        <RadioGroup<ResponseKind>
          id={FIELDS.kind}
          legend="What did they say about the minutes?"
          error={errorAt(FIELDS.kind)}
          value={value.kind}
          options={(['agreed', 'agreed-with-changes', 'disagrees'] as const).map((kind) => ({ value: kind, label: RESPONSE_KIND_LABELS[kind] }))}
          onChange={(kind) => update({ kind })}
        />
        <TextAreaField
          id={FIELDS.words}
          label="What they said, in their own words"
          hint="Needed when they do not agree or asked for changes, unless you write it under the part it is about."
          rows={5}
          value={value.words}
          error={errorAt(FIELDS.words)}
          onValueChange={(words) => update({ words })}
        />
        <fieldset className="fieldset">
          <legend className="fieldset__legend">Their answers part by part (from the review copy)</legend>
          <p className="fieldset__intro">Leave a part as “Not answered” if they did not say.</p>
          {sections.map((section) => {
            const reply = replyFor(value, section.id);
            const id = `response-${section.id}`;
            const setReply = (change: Partial<typeof reply>) => update({ replies: { ...value.replies, [section.id]: { ...reply, ...change } } });
            return (
              <div key={section.id} className="minutes-part-answer">
                <RadioGroup<'' | 'right' | 'wrong'>
                  id={`${id}-answer`}
                  legend={section.familyHeading}
                  inline
                  value={reply.answer}
                  options={[
                    { value: '', label: 'Not answered' },
                    { value: 'right', label: 'This is right' },
                    { value: 'wrong', label: 'Something is wrong here' },
                  ]}
                  onChange={(answer) => setReply({ answer })}
                />
                {reply.answer !== '' && (
                  <TextAreaField id={`${id}-words`} label={`Their words about “${section.familyHeading}”`} rows={3} value={reply.words} onValueChange={(words) => setReply({ words })} />
                )}
              </div>
            );
          })}
        </fieldset>
        <div className="form__actions">
          <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
          <button type="submit" className="button" aria-disabled={form.saving || undefined}>
            Record their answer
          </button>
        </div>
      </form>
    </>
  );
}
