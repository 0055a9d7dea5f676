import type { ReactNode } from 'react';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import {
  VOICE_METHOD_LABELS,
  VOICE_METHODS,
  VOICE_PROMPTS,
  type ChildVoice,
  type MeetingRecord,
  type VoiceImage,
  type VoiceMethod,
  type VoiceSharing,
} from '../../../shared/domain/meeting-record';
import { knownAs } from '../../../shared/domain/person';
import { changeVoice, voiceFor, withImage, withoutImage } from '../../../shared/rules/meeting-run/voice-record';
import { problemAt, type FieldPath } from '../../../shared/rules/meeting-run/saveable';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { viewsMethodLabels } from '../families';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { DateTextField } from './ActionDateField';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';
import { possessive, useMeetingPictures } from './useActionsData';
import { VoicePictures } from './VoicePictures';
import { PHRASE_TYPING } from './field-typing';
import '../../styles/meeting-run-voice-actions.css';

/** The same id the page's contents link to (MeetingRunPage's CHILD_VOICE_HEADING_ID). */
export const CHILD_VOICE_HEADING_ID = 'run-child-voice';

const METHOD_OPTIONS = VOICE_METHODS.map((value) => ({ value, label: VOICE_METHOD_LABELS[value] }));
const isMethod = (value: string): value is VoiceMethod => (VOICE_METHODS as readonly string[]).includes(value);

/**
 * The child's voice: a section of its own for each child, with what they said in their own
 * words (marked as theirs), the three questions, how, when and by whom it was gathered, whether
 * they were there, pictures they made, and whether they agreed to it being shared, and with whom.
 */
export function ChildVoiceSection({ family, meeting, record, change, problems }: MeetingSectionProps) {
  const pictures = useMeetingPictures(meeting.id);
  const one = family.children.length === 1;
  return (
    <section aria-labelledby={CHILD_VOICE_HEADING_ID} className="run-section va-voices">
      <RunHeading id={CHILD_VOICE_HEADING_ID}>{one ? 'The child’s voice' : 'The children’s voices'}</RunHeading>
      <p className="hint-text">
        {one ? 'What the child or young person thinks and wants' : 'Each child’s own section: what they think and want'}, in their own words, and how and when it was heard.
      </p>
      {family.children.map((child) => (
        <ChildVoice
          key={child.id}
          child={child}
          familyId={family.id}
          meetingId={meeting.id}
          voice={voiceFor(record, child.id)}
          pictures={(pictures ?? []).filter((p) => p.childId === child.id)}
          change={(recipe) => change((r) => changeVoice(r, child.id, recipe))}
          changeRecord={change}
          problemAt={(...path) => problemAt(problems, 'childVoices', record.childVoices.findIndex((v) => v.childId === child.id), ...path)}
        />
      ))}
    </section>
  );
}

interface ChildVoiceProps {
  child: FamilyRecord['children'][number];
  familyId: string;
  meetingId: string;
  voice: ChildVoice;
  pictures: readonly VoiceImage[];
  change(recipe: (voice: ChildVoice) => ChildVoice): void;
  changeRecord(recipe: (record: MeetingRecord) => MeetingRecord): void;
  /** The message for one of this voice's fields that cannot be saved. */
  problemAt(...path: FieldPath): string | undefined;
}

function ChildVoice({ child, familyId, meetingId, voice, pictures, change, changeRecord, problemAt: problemOf }: ChildVoiceProps) {
  const name = knownAs(child);
  const prefix = `voice-${child.id}`;
  const headingId = `${prefix}-heading`;
  const theirs = possessive(name);
  const howTheyShare = [child.viewsMethods.map((m) => viewsMethodLabels[m]).join(', '), child.communication.trim()].filter((t) => t !== '').join('. ');
  const sharingOptions: ReadonlyArray<{ value: VoiceSharing; label: string; conditional?: ReactNode }> = [
    {
      value: 'agreed',
      label: 'Yes',
      conditional: (
        <TextField
          id={`${prefix}-share-with`}
          label="Who may see them?"
          hint={`As ${name} put it, for example my teacher and my mum`}
          autoComplete="off"
          maxLength={2000}
          value={voice.shareWith}
          onValueChange={(shareWith) => change((v) => ({ ...v, shareWith }))}
        />
      ),
    },
    { value: 'not-agreed', label: 'No' },
    { value: 'not-asked', label: 'Not asked yet' },
  ];
  return (
    <section className="va-voice" aria-labelledby={headingId}>
      <h3 className="subsection-heading" id={headingId}>
        {theirs} voice
      </h3>
      {howTheyShare && (
        <p className="hint-text">
          How {name} likes to share their views: {howTheyShare}
        </p>
      )}
      <div className="va-own-words">
        <p className="va-own-words__tag" aria-hidden="true">
          {theirs} own words
        </p>
        <TextAreaField
          id={`${prefix}-words`}
          label={`In ${theirs} own words`}
          hint={`What ${name} said, exactly as they said it: these are ${theirs} words, not ours.`}
          rows={4}
          className="va-own-words__text"
          value={voice.words}
          error={problemOf('words')}
          onValueChange={(words) => change((v) => ({ ...v, words }))}
        />
        <fieldset className="fieldset va-prompts">
          <legend className="fieldset__legend">Three questions, answered in {theirs} own words</legend>
          <p className="fieldset__intro">Ask them, or use them to sort what {name} said.</p>
          {VOICE_PROMPTS.map((prompt) => (
            <TextAreaField
              key={prompt.key}
              id={`${prefix}-${prompt.key}`}
              label={prompt.question}
              rows={2}
              className="va-own-words__text"
              value={voice.answers[prompt.key]}
              error={problemOf('answers', prompt.key)}
              onValueChange={(answer) => change((v) => ({ ...v, answers: { ...v.answers, [prompt.key]: answer } }))}
            />
          ))}
        </fieldset>
      </div>
      <CheckboxGroup
        id={`${prefix}-methods`}
        legend={`How were ${theirs} views gathered?`}
        hint="Choose all that apply"
        options={METHOD_OPTIONS}
        values={voice.methods}
        onChange={(values) => change((v) => ({ ...v, methods: values.filter(isMethod) }))}
      />
      <div className="va-fields-row">
        <TextField
          id={`${prefix}-by`}
          label="Who gathered them"
          hint="Name and role, for example Sam Patel, school nurse"
          {...PHRASE_TYPING}
          value={voice.gatheredBy}
          onValueChange={(gatheredBy) => change((v) => ({ ...v, gatheredBy }))}
        />
        <DateTextField id={`${prefix}-on`} label="When they were gathered" value={voice.gatheredOn} onDateChange={(gatheredOn) => change((v) => ({ ...v, gatheredOn }))} />
      </div>
      <RadioGroup<'yes' | 'no'>
        id={`${prefix}-present`}
        legend={`Was ${name} at the meeting?`}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={voice.childPresent === null ? '' : voice.childPresent ? 'yes' : 'no'}
        onChange={(answer) => change((v) => ({ ...v, childPresent: answer === 'yes' }))}
        inline
      />
      <VoicePictures
        childId={child.id}
        childName={name}
        familyId={familyId}
        meetingId={meetingId}
        pictures={pictures}
        onAdded={(image) => changeRecord((r) => withImage(r, child.id, image.id))}
        onRemoved={(image) => changeRecord((r) => withoutImage(r, child.id, image.id))}
      />
      <RadioGroup<VoiceSharing>
        id={`${prefix}-sharing`}
        legend={`Has ${name} agreed to their words being shared?`}
        hint="Whether what they said can go in the minutes and to the people working with the family"
        options={sharingOptions}
        value={voice.sharing}
        onChange={(sharing) => change((v) => ({ ...v, sharing }))}
      />
    </section>
  );
}
