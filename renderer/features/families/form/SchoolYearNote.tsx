import { academicYearLabel, schoolYearOn } from '../../../../shared/rules/academic-year';
import { compareIsoDates, parseUkDate, todayInLondon } from '../../../../shared/rules/dates';

/**
 * The school year worked out from the date of birth by the English rule, shown beside the
 * date as soon as it reads as a real date in the past. Polite, so it never interrupts typing.
 */
export function SchoolYearNote({ id, dateOfBirth }: { id: string; dateOfBirth: string }) {
  const today = todayInLondon();
  const parsed = parseUkDate(dateOfBirth);
  const text = parsed.ok && compareIsoDates(parsed.date, today) <= 0 ? `${schoolYearOn(parsed.date, today).label} in ${academicYearLabel(today)}` : '';
  return (
    <p className="computed-note" id={id} role="status">
      {text && (
        <>
          <span className="computed-note__label">School year by age: </span>
          {text}
        </>
      )}
    </p>
  );
}
