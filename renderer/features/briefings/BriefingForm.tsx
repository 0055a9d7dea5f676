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
  /** A field's id, value, its error found by that id, and its change. */
  const typed = (id: string, value: string, onValueChange: (value: string) => void) => ({ id, value, error: errors.get(id), onValueChange });
  /** A written section's field, under the section's heading and hint for this kind of briefing. */
  const sectionField = (key: SectionKey) => {
    const words = sectionWords(kind, key);
    return { ...typed(FIELD_IDS.section(key), briefing.sections[key], (v) => setSection(key, v)), label: words.heading, hint: words.hint };
  };
  const section = (key: SectionKey, rows = 5) => <TextAreaField key={key} {...sectionField(key)} rows={rows} />;

  return (
    <>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">About you</legend>
        <TextField {...typed(FIELD_IDS.authorName, briefing.author.name, (v) => setAuthor('name', v))} label="Your name" autoComplete="name" />
        <TextField
          {...typed(FIELD_IDS.authorRole, briefing.author.role, (v) => setAuthor('role', v))}
          label="Your role"
          hint={school ? 'For example: Class teacher, or Designated safeguarding lead (the person in school who leads on keeping children safe)' : 'For example: School nurse, or Housing officer'}
        />
        <TextField {...typed(FIELD_IDS.authorAgency, briefing.author.agency, (v) => setAuthor('agency', v))} label={school ? 'Your school' : 'Your service or organisation'} />
        <TextField
          {...typed(FIELD_IDS.writtenOn, briefing.writtenOn, (v) => update((b) => ({ ...b, writtenOn: v })))}
          label="Date you wrote this"
          hint="For example, 23/11/2026"
          width="medium"
        />
      </fieldset>

      <fieldset className="fieldset">
        <legend className="fieldset__legend">About the child</legend>
        <p className="fieldset__intro">As the chair of the meeting gave them. If your records say something different, correct it here: the chair will see both.</p>
        <TextField {...typed(FIELD_IDS.childName, briefing.child.name, (v) => setChild('name', v))} label="Child’s full name" />
        <TextField {...typed(FIELD_IDS.childDateOfBirth, briefing.child.dateOfBirth, (v) => setChild('dateOfBirth', v))} label="Date of birth" hint="For example, 03/02/2016" width="medium" />
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
        <TextAreaField {...sectionField('childsWords')} rows={4} />
        <TextField {...sectionField('childsWordsHow')} />
      </fieldset>
    </>
  );
}
