import { useState } from 'react';
import { newId } from '../../../shared/domain/ids';
import type { ScalingAnswer } from '../../../shared/domain/meeting-record';
import { SCALE_ENDS_SENTENCE, SCALE_RANGE, SCALING_SCORES, USUAL_SCALING_QUESTION } from '../../../shared/domain/scaling-scale';
import { addScalingAnswer, addScalingForEveryoneWhoCame, changeScalingAnswer, removeScalingAnswer, scalingName } from '../../../shared/rules/meeting-run/record-edits';
import { problemAt } from '../../../shared/rules/meeting-run/saveable';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { SelectField } from '../../components/fields/SelectField';
import { useFocusAfter } from '../../components/useFocusAfter';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';

export const SCALING_HEADING_ID = 'run-scaling';

const SCORES = SCALING_SCORES.map(String);
const SOMEONE_ELSE = '';

/** Each person's answer on the one scale (shared/domain/scaling-scale.ts) to the question the chair sets, with their reason. */
export function ScalingSection({ record, change, problems }: MeetingSectionProps) {
  const focusAfter = useFocusAfter();
  const [announcement, setAnnouncement] = useState('');
  const cameIn = record.attendees.filter((a) => a.attendance === 'attended');
  const missing = cameIn.filter((a) => !record.scaling.some((s) => s.attendeeId === a.id));


  return (
    <section aria-labelledby={SCALING_HEADING_ID} className="run-section">
      <RunHeading id={SCALING_HEADING_ID}>Scaling: how worried is everyone?</RunHeading>
      <p>
        Ask everyone the same question, the family first. Each person gives a number from {SCALE_RANGE} and says why. {SCALE_ENDS_SENTENCE}
      </p>
      <TextAreaField
        id="run-scaling-question"
        label="The question"
        rows={3}
        className="run-textarea"
        value={record.scalingQuestion}
        error={problemAt(problems, 'scalingQuestion')}
        onValueChange={(scalingQuestion) => change((r) => ({ ...r, scalingQuestion }))}
      />
      {record.scalingQuestion.trim() === '' && (
        <button type="button" className="button button--secondary button--small" onClick={() => change((r) => ({ ...r, scalingQuestion: USUAL_SCALING_QUESTION }))}>
          Use the usual question
        </button>
      )}

      {record.scaling.length > 0 && (
        <ol className="run-answers">
          {record.scaling.map((answer, index) => (
            <li key={answer.id} className="run-answer">
              <AnswerFields
                answer={answer}
                index={index}
                name={scalingName(record, answer)}
                people={record.attendees.map((a) => ({ id: a.id, name: a.name }))}
                problemAt={(field) => problemAt(problems, 'scaling', index, field)}
                onChange={(c) => change((r) => changeScalingAnswer(r, answer.id, c))}
                onRemove={() => {
                  const neighbour = record.scaling[index + 1] ?? record.scaling[index - 1];
                  change((r) => removeScalingAnswer(r, answer.id));
                  setAnnouncement(`Answer ${index + 1} removed.`);
                  focusAfter(neighbour ? `scale-score-${neighbour.id}` : 'scaling-add');
                }}
              />
            </li>
          ))}
        </ol>
      )}

      <div className="run-buttons">
        {missing.length > 0 && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const made: string[] = [];
              change((r) =>
                addScalingForEveryoneWhoCame(r, () => {
                  const id = newId();
                  made.push(id);
                  return id;
                }),
              );
              setAnnouncement(`${made.length === 1 ? 'An answer' : `${made.length} answers`} added.`);
              if (made[0] !== undefined) focusAfter(`scale-score-${made[0]}`);
            }}
          >
            Add an answer for everyone who came ({missing.length})
          </button>
        )}
        <button
          type="button"
          id="scaling-add"
          className="button button--secondary"
          onClick={() => {
            const id = newId();
            change((r) => addScalingAnswer(r, id));
            focusAfter(`scale-who-${id}`);
          }}
        >
          Add an answer
        </button>
      </div>
      {cameIn.length === 0 && <p className="run-muted">Mark who came in “Who is here” to add an answer for each of them at once.</p>}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}

interface AnswerProps {
  answer: ScalingAnswer;
  index: number;
  name: string;
  people: ReadonlyArray<{ id: string; name: string }>;
  onChange: (change: Partial<Omit<ScalingAnswer, 'id'>>) => void;
  onRemove: () => void;
  /** The message for one of this answer's fields that cannot be saved. */
  problemAt: (field: 'name' | 'reason') => string | undefined;
}

function AnswerFields({ answer, index, name, people, onChange, onRemove, problemAt: problemOf }: AnswerProps) {
  const label = name || `answer ${index + 1}`;
  return (
    <fieldset className="fieldset run-answer__fieldset">
      <legend className="fieldset__legend">
        {index + 1}. {name || 'Someone not named yet'}
      </legend>
      <SelectField
        id={`scale-who-${answer.id}`}
        label="Whose answer"
        value={answer.attendeeId ?? SOMEONE_ELSE}
        onValueChange={(v) => onChange(v === SOMEONE_ELSE ? { attendeeId: null } : { attendeeId: v, name: people.find((p) => p.id === v)?.name ?? '' })}
      >
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
        <option value={SOMEONE_ELSE}>Someone else (type their name)</option>
      </SelectField>
      {answer.attendeeId === null && (
        <TextField id={`scale-name-${answer.id}`} label="Their name" width="medium" autoComplete="off" value={answer.name} error={problemOf('name')} onValueChange={(v) => onChange({ name: v })} />
      )}
      <RadioGroup
          id={`scale-score-${answer.id}`}
          legend={`Score from ${label}, from ${SCALE_RANGE}`}
          hint={SCALE_ENDS_SENTENCE}
          inline
          options={SCORES.map((s) => ({ value: s, label: s }))}
          value={answer.score === null ? '' : String(answer.score)}
          onChange={(v) => onChange({ score: Number(v) })}
        />
      <TextAreaField id={`scale-reason-${answer.id}`} label={`Why ${label} chose this number`} rows={2} className="run-textarea" value={answer.reason} error={problemOf('reason')} onValueChange={(reason) => onChange({ reason })} />
      <button type="button" className="button button--secondary button--small" onClick={onRemove}>
        Remove the answer from {label}
      </button>
    </fieldset>
  );
}
