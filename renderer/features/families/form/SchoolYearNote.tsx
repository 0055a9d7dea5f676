import { todayInLondon } from '../../../../shared/rules/dates';
import { schoolYearWords } from '../../../../shared/rules/date-of-birth';

/**
 * The school year worked out from the date of birth by the English rule, shown beside the
 * date as soon as it reads as a real date in the past. Polite, so it never interrupts typing.
 */
export function SchoolYearNote({ id, dateOfBirth }: { id: string; dateOfBirth: string }) {
  const text = schoolYearWords(dateOfBirth, todayInLondon());
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
