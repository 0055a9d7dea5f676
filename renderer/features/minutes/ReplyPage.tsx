import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { RESPONSE_KIND_LABELS } from '../../../shared/domain/minutes';
import { responseFromReply } from '../../../shared/forms/review';
import { todayInLondon } from '../../../shared/rules/dates';
import { getBridge } from '../../bridge';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';
import { MinutesTop } from './MinutesTop';
import { actorName, dateWords } from './minutes-words';
import { checkReply, type CheckedReply } from './reply-check';
import { unlessRefused } from './refused';
import { paths } from '../../components/paths';

/**
 * The chair imports a reply from a review file (pasted from an email or opened as a file), sees
 * who it is from, which minutes and version, and every answer, then records it: exactly as an
 * answer given on the laptop, with "how given: review file".
 */
export function ReplyPage() {
  return <MinutesFrame what="the reply">{(context) => <ReplyView context={context} />}</MinutesFrame>;
}

function ReplyView({ context }: { context: MinutesContext }) {
  const { family, meeting, versions, profile } = context;
  const { minutes } = useRepositories();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [checked, setChecked] = useState<Extract<CheckedReply, { ok: true }> | null>(null);
  const [checking, setChecking] = useState(false);
  const back = paths.minutes(family.id, meeting.id);

  async function check(value: string) {
    if (checking) return;
    setChecking(true);
    setChecked(null);
    const result = await checkReply(value, versions, { familyId: family.id, meetingId: meeting.id });
    setChecking(false);
    if (result.ok) {
      setProblem(null);
      setChecked(result);
    } else setProblem(result.message);
  }

  async function openFile() {
    const opened = await getBridge().openFile({ kinds: ['reply'] });
    if (opened.status === 'cancelled') return;
    if (opened.status === 'failed') return setProblem(opened.message);
    const value = new TextDecoder().decode(opened.data);
    setText(value);
    await check(value);
  }

  const record = useFormSubmit({
    check: () => (checked ? { ok: true, value: checked } : undefined),
    save: async (reply: Extract<CheckedReply, { ok: true }>) => {
      const response = responseFromReply(reply.reply, { recordedAt: new Date().toISOString(), recordedBy: actorName(profile), today: todayInLondon() });
      await unlessRefused(minutes.recordReviewFileReply(reply.row.id, reply.file.formId, response));
      return reply.reply.personName;
    },
    afterSave: (name) => void navigate(back, { state: { flash: `${name}’s answer from the review file has been recorded.` } }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void check(text);
  };
  const sections = new Map((checked?.row.snapshot?.sections ?? []).map((s) => [s.id, s.familyHeading]));

  return (
    <>
      <MinutesTop back={back} lead="Import a reply from a review file" familyName={family.familyName} />
      <p>Paste the reply from the email or message, from START to END, or open the reply file. You will see it before anything is recorded.</p>
      <form className="form" noValidate onSubmit={submit} aria-label="The reply">
        {problem && (
          <p className="notice notice--problem" role="alert">
            {problem}
          </p>
        )}
        <TextAreaField id="reply-text" label="The reply" rows={8} value={text} onValueChange={setText} />
        <div className="button-group">
          <button type="submit" className="button" aria-disabled={checking || undefined}>
            Check the reply
          </button>
          <button type="button" className="button button--secondary" onClick={() => void openFile()}>
            Open a reply file
          </button>
        </div>
      </form>
      {checked && (
        <section aria-labelledby="reply-preview-heading">
          <h2 className="section-heading" id="reply-preview-heading" tabIndex={-1} ref={(el) => el?.focus()}>
            The reply, before it is recorded
          </h2>
          <dl className="reply-summary">
            <div>
              <dt>From</dt>
              <dd>
                <bdi>{checked.reply.personName}</bdi>, on {dateWords(checked.reply.givenOn)}
              </dd>
            </div>
            <div>
              <dt>Minutes</dt>
              <dd>
                {checked.row.snapshot?.title ?? 'The minutes'}, meeting on {dateWords(checked.row.snapshot?.meetingDate ?? '')}, version {checked.reply.version}
              </dd>
            </div>
            <div>
              <dt>Their answer</dt>
              <dd>{RESPONSE_KIND_LABELS[checked.reply.answer]}</dd>
            </div>
            <div>
              <dt>In their words</dt>
              <dd className="preserve-lines">{checked.reply.words.trim() === '' ? 'Nothing more' : checked.reply.words}</dd>
            </div>
          </dl>
          <h3>Part by part</h3>
          {checked.reply.sections.length === 0 ? (
            <p>They did not answer part by part.</p>
          ) : (
            <ul className="minutes-reply-parts">
              {checked.reply.sections.map((s) => (
                <li key={s.sectionId}>
                  <strong>{sections.get(s.sectionId) ?? s.sectionId}</strong>: {s.answer === 'right' ? 'This is right' : 'Something is wrong here'}
                  {s.words.trim() !== '' && <span className="preserve-lines">. “{s.words}”</span>}
                </li>
              ))}
            </ul>
          )}
          <SaveProblem message={record.saveError} />
          <button type="button" className="button" aria-disabled={record.saving || undefined} onClick={() => void record.submit()}>
            Record this answer
          </button>
        </section>
      )}
    </>
  );
}
