import { FIELD_IDS, termNamesFor, type AuthoredBriefing } from '../../../shared/briefing/authored';
import { PROGRESS_LEVEL_LABELS, PROGRESS_LEVELS, sectionWords, type SectionKey } from '../../../shared/briefing/sections';
import { todayInLondon } from '../../../shared/rules/dates';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { AttendanceFields } from './AttendanceFields';

interface Props {
  briefing: AuthoredBriefing;
  errors: ReadonlyMap<string, string>;
  update(change: (previous: AuthoredBriefing) => AuthoredBriefing): void;
}

const LONG: readonly SectionKey[] = ['behaviour', 'wellbeing', 'sendSupport', 'goingWell', 'worries', 'alreadyDone', 'canOffer'];

/** Every part of the briefing, as typed. Saved on every change by the page. */
export function BriefingForm({ briefing, errors, update }: Props) {
  const { kind } = briefing;
  const school = kind === 'school-briefing';
  const setAuthor = (field: keyof AuthoredBriefing['author'], value: string) => update((b) => ({ ...b, author: { ...b.author, [field]: value } }));
  const setChild = (field: keyof AuthoredBriefing['child'], value: string) => update((b) => ({ ...b, child: { ...b.child, [field]: value } }));
  const setSection = (key: SectionKey, value: string) => update((b) => ({ ...b, sections: { ...b.sections, [key]: value } }));
  const section = (key: SectionKey, rows = 5) => {
    const words = sectionWords(kind, key);
    const id = FIELD_IDS.section(key);
    return <TextAreaField key={key} id={id} label={words.heading} hint={words.hint} rows={rows} value={briefing.sections[key]} error={errors.get(id)} onValueChange={(v) => setSection(key, v)} />;
  };
  const words = sectionWords(kind, 'childsWords');
  const how = sectionWords(kind, 'childsWordsHow');

  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">About you</legend>
        <TextField id={FIELD_IDS.authorName} label="Your name" autoComplete="name" value={briefing.author.name} error={errors.get(FIELD_IDS.authorName)} onValueChange={(v) => setAuthor('name', v)} />
        <TextField
          id={FIELD_IDS.authorRole}
          label="Your role"
          hint={school ? 'For example: Class teacher, or Designated safeguarding lead (the person in school who leads on keeping children safe)' : 'For example: School nurse, or Housing officer'}
          value={briefing.author.role}
          error={errors.get(FIELD_IDS.authorRole)}
          onValueChange={(v) => setAuthor('role', v)}
        />
        <TextField
          id={FIELD_IDS.authorAgency}
          label={school ? 'Your school' : 'Your service or organisation'}
          value={briefing.author.agency}
          error={errors.get(FIELD_IDS.authorAgency)}
          onValueChange={(v) => setAuthor('agency', v)}
        />
        <TextField
          id={FIELD_IDS.writtenOn}
          label="Date you wrote this"
          hint="For example, 23/11/2026"
          width="medium"
          value={briefing.writtenOn}
          error={errors.get(FIELD_IDS.writtenOn)}
          onValueChange={(v) => update((b) => ({ ...b, writtenOn: v }))}
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">About the child</legend>
        <p className="fieldset__intro">As the chair of the meeting gave them. If your records say something different, correct it here: the chair will see both.</p>
        <TextField id={FIELD_IDS.childName} label="Child’s full name" value={briefing.child.name} error={errors.get(FIELD_IDS.childName)} onValueChange={(v) => setChild('name', v)} />
        <TextField
          id={FIELD_IDS.childDateOfBirth}
          label="Date of birth"
          hint="For example, 03/02/2016"
          width="medium"
          value={briefing.child.dateOfBirth}
          error={errors.get(FIELD_IDS.childDateOfBirth)}
          onValueChange={(v) => setChild('dateOfBirth', v)}
        />
      </fieldset>

      {school && (
        <AttendanceFields
          briefing={briefing}
          termNames={termNamesFor(briefing.writtenOn, todayInLondon())}
          errors={errors}
          onChange={(term, figures) => update((b) => ({ ...b, attendance: { ...b.attendance, [term]: figures } }))}
        />
      )}

      <fieldset className="fieldset">
        <legend className="fieldset__legend">What {school ? 'school sees' : 'you have seen'}</legend>
        {school && (
          <RadioGroup
            id="briefing-progress-level"
            legend="Progress compared with what is expected for their age"
            options={PROGRESS_LEVELS.map((level) => ({ value: level, label: PROGRESS_LEVEL_LABELS[level] }))}
            value={briefing.progressLevel ?? ''}
            onChange={(level) => update((b) => ({ ...b, progressLevel: level }))}
          />
        )}
        {section('progress')}
        {LONG.map((key) => section(key))}
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">The child’s own words</legend>
        <TextAreaField
          id={FIELD_IDS.section('childsWords')}
          label={words.heading}
          hint={words.hint}
          rows={4}
          value={briefing.sections.childsWords}
          error={errors.get(FIELD_IDS.section('childsWords'))}
          onValueChange={(v) => setSection('childsWords', v)}
        />
        <TextField
          id={FIELD_IDS.section('childsWordsHow')}
          label={how.heading}
          hint={how.hint}
          value={briefing.sections.childsWordsHow}
          error={errors.get(FIELD_IDS.section('childsWordsHow'))}
          onValueChange={(v) => setSection('childsWordsHow', v)}
        />
      </fieldset>
    </>
  );
}
