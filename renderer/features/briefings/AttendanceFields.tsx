import { useState } from 'react';
import { FIELD_IDS, type AuthoredBriefing } from '../../../shared/briefing/authored';
import { ATTENDANCE_CSV_EXAMPLE, readAttendanceCsv } from '../../../shared/briefing/attendance-csv';
import {
  attendanceWords,
  checkSessionFigures,
  PERSISTENT_ABSENCE_WORDS,
  SESSION_WORDS,
  summariseAttendance,
  type FigureField,
  type TypedFigures,
} from '../../../shared/rules/school-attendance';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';

type Term = 'thisTerm' | 'lastTerm';

interface Props {
  briefing: AuthoredBriefing;
  termNames: { thisTerm: string; lastTerm: string };
  errors: ReadonlyMap<string, string>;
  onChange(term: Term, figures: TypedFigures): void;
}

const LABELS: Record<FigureField, string> = {
  possible: 'Sessions possible',
  attended: 'Sessions attended',
  late: 'Late sessions (optional)',
};

/** The figures worked out, as the chair and the family will read them; nothing while they are incomplete. */
function Worked({ figures, term }: { figures: TypedFigures; term: string }) {
  const checked = checkSessionFigures(figures, term);
  if (!checked.ok || !checked.figures) return null;
  const summary = summariseAttendance(checked.figures);
  return (
    <div className="computed-note">
      <p>
        <span className="computed-note__label">Worked out: </span>
        {attendanceWords(summary)}
      </p>
      {summary.persistentAbsence && <p className="briefing-warning">{PERSISTENT_ABSENCE_WORDS}</p>}
    </div>
  );
}

function TermFields({ which, name, legend, figures, errors, onChange }: { which: Term; name: string; legend: string; figures: TypedFigures; errors: ReadonlyMap<string, string>; onChange(f: TypedFigures): void }) {
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">
        {legend}: {name}
      </legend>
      <div className="inline-fields">
        {(['possible', 'attended', 'late'] as const).map((field) => {
          const id = FIELD_IDS.figure(which, field);
          return (
            <TextField
              key={field}
              id={id}
              label={LABELS[field]}
              width="short"
              inputMode="numeric"
              autoComplete="off"
              value={figures[field]}
              error={errors.get(id)}
              onValueChange={(value) => onChange({ ...figures, [field]: value })}
            />
          );
        })}
      </div>
      <Worked figures={figures} term={name} />
    </fieldset>
  );
}

/** Attendance for this term and last: typed in, or pasted as CSV from the school's records. */
export function AttendanceFields({ briefing, termNames, errors, onChange }: Props) {
  const [csv, setCsv] = useState('');
  const [pasteProblems, setPasteProblems] = useState<string[]>([]);
  const [pasteDone, setPasteDone] = useState('');

  const fill = () => {
    setPasteDone('');
    const read = readAttendanceCsv(csv, termNames);
    if (!read.ok) {
      setPasteProblems(read.problems);
      return;
    }
    setPasteProblems([]);
    const filled: string[] = [];
    if (read.thisTerm) {
      onChange('thisTerm', read.thisTerm);
      filled.push(termNames.thisTerm);
    }
    if (read.lastTerm) {
      onChange('lastTerm', read.lastTerm);
      filled.push(termNames.lastTerm);
    }
    setPasteDone(`Filled in the figures for the ${filled.join(' and the ')}. Check them below.`);
  };

  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Attendance</legend>
      <p className="fieldset__intro">
        {SESSION_WORDS} Give the figures from your records; the percentages are worked out for you. Leave a term empty if you have no figures for it.
      </p>
      <details className="disclosure">
        <summary className="disclosure__summary">Paste the figures from your school’s records (CSV)</summary>
        <p>
          Copy the lines from a spreadsheet or your school’s system. The first line names the columns: Term, Sessions possible, Sessions attended
          and, if you have them, Late sessions. For example:
        </p>
        <pre className="briefing-example">{ATTENDANCE_CSV_EXAMPLE}</pre>
        <TextAreaField id="briefing-attendance-csv" label="Figures to paste" rows={4} spellCheck={false} value={csv} onValueChange={setCsv} />
        <button type="button" className="button button--secondary" onClick={fill}>
          Fill in the figures
        </button>
        {pasteProblems.length > 0 && (
          <div className="notice notice--problem" role="alert">
            <p className="notice__title">The figures could not be filled in</p>
            <ul>
              {pasteProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
        <p role="status" className="hint-text">
          {pasteDone}
        </p>
      </details>
      <TermFields which="thisTerm" legend="This term" name={termNames.thisTerm} figures={briefing.attendance.thisTerm} errors={errors} onChange={(f) => onChange('thisTerm', f)} />
      <TermFields which="lastTerm" legend="Last term" name={termNames.lastTerm} figures={briefing.attendance.lastTerm} errors={errors} onChange={(f) => onChange('lastTerm', f)} />
    </fieldset>
  );
}
