/** Settings → Drift alerts: when the home screen says a plan is drifting, set by the area. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { driftRuleWords, type DriftThresholds } from '../../../shared/rules/home/drift';
import { TextField } from '../../components/TextField';
import { focusById } from '../../components/focus';
import { useRepositories } from '../../data/hooks/useRepositories';

type Field = keyof DriftThresholds;
const FIELDS: ReadonlyArray<{ name: Field; label: string; hint: string }> = [
  { name: 'notDoneReviews', label: 'Reviews in a row an action is not done', hint: 'From 2 to 10. An alert appears when an action has been carried forward this many times.' },
  { name: 'reviewMarginDays', label: 'Days a review can be late', hint: "From 0 to 90. Added to each plan's review frequency." },
  { name: 'planOpenMonths', label: 'Months a plan is open before its scaling is checked', hint: 'From 1 to 36. Six months is usual.' },
];

const fieldId = (name: Field) => `drift-${name}`;

function DriftForm({ saved, onSaved }: { saved: DriftThresholds; onSaved(): void }) {
  const { home } = useRepositories();
  const [values, setValues] = useState<Record<Field, string>>({
    notDoneReviews: String(saved.notDoneReviews),
    reviewMarginDays: String(saved.reviewMarginDays),
    planOpenMonths: String(saved.planOpenMonths),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const read = (name: Field) => (values[name].trim() === '' ? Number.NaN : Number(values[name].trim()));
        const input = { notDoneReviews: read('notDoneReviews'), reviewMarginDays: read('reviewMarginDays'), planOpenMonths: read('planOpenMonths') };
        void home.saveThresholds(input).then((result) => {
          if (result.ok) {
            setErrors({});
            onSaved();
            return;
          }
          const next: Partial<Record<Field, string>> = {};
          for (const e of result.errors) {
            const name = e.path as Field;
            next[name] = Number.isNaN(input[name]) ? 'Enter a number' : e.message;
          }
          setErrors(next);
          const first = FIELDS.find((f) => next[f.name]);
          if (first) focusById(fieldId(first.name));
        });
      }}
    >
      {FIELDS.map((f) => (
        <TextField
          key={f.name}
          id={fieldId(f.name)}
          label={f.label}
          hint={f.hint}
          inputMode="numeric"
          width="short"
          value={values[f.name]}
          error={errors[f.name]}
          onValueChange={(value) => setValues((v) => ({ ...v, [f.name]: value }))}
        />
      ))}
      <button type="submit" className="button">
        Save drift alert settings
      </button>
    </form>
  );
}

export function DriftSettingsSection() {
  const { home } = useRepositories();
  const saved = useLiveQuery(() => home.thresholds(), [home]);
  const [version, setVersion] = useState(0);
  const notice = useRef<HTMLDivElement>(null);
  const words = saved ? driftRuleWords(saved) : null;
  return (
    <section aria-labelledby="drift-heading">
      <h2 className="section-heading" id="drift-heading" tabIndex={-1}>
        Drift alerts
      </h2>
      <p>The home screen warns when a plan may be drifting. Your area decides when:</p>
      {words && (
        <ul>
          <li>{words['action-not-done']}</li>
          <li>{words['no-review']}</li>
          <li>{words['not-improving']}</li>
        </ul>
      )}
      {version > 0 && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={notice}>
          The drift alert settings have been saved.
        </div>
      )}
      {saved === undefined ? (
        <p>Loading the drift alert settings…</p>
      ) : (
        <DriftForm
          key={version}
          saved={saved}
          onSaved={() => {
            setVersion((v) => v + 1);
            requestAnimationFrame(() => notice.current?.focus());
          }}
        />
      )}
    </section>
  );
}
