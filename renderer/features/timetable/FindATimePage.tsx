import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { meetingKindSchema } from '../../../shared/domain/meeting-kind';
import { formatShortDate, parseUkDate, todayInLondon } from '../../../shared/rules/dates';
import { findSlots, type FindSlotsResult } from '../../../shared/rules/slot-finder';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { useFamily } from '../../data/hooks/useFamilies';
import { useRepositories } from '../../data/hooks/useRepositories';
import { BackToFamily } from '../plans/form-parts/BackLink';
import { CheckboxGroup } from '../plans/form-parts/CheckboxGroup';
import { RadioGroup } from '../plans/form-parts/RadioGroup';
import { buildRequest, defaultRange, MEETING_LENGTHS, meetingLink, slotWords } from './find-a-time';
import { familyPeople } from './people';
import { TimetableNotFound } from './TimetableNotFound';

type Stored = NonNullable<ReturnType<typeof useStored>>;

function useStored(familyId: string) {
  const { timetables, directory, unavailability, calendar } = useRepositories();
  return useLiveQuery(async () => {
    const [timetable, practitioners, away, bankHolidays, terms] = await Promise.all([
      timetables.forFamily(familyId),
      directory.practitioners(),
      unavailability.list(),
      calendar.bankHolidays(),
      calendar.termDates(),
    ]);
    return { timetable: timetable ?? null, practitioners, away, bankHolidays, termDates: terms.file };
  }, [timetables, directory, unavailability, calendar, familyId]);
}

/** Route `families/:familyId/find-a-time`: the best times around the family's week, each explained. */
export function FindATimePage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  const stored = useStored(familyId);
  if (family === undefined || stored === undefined) return <Loading what="meeting times" />;
  if (family === null) return <TimetableNotFound what="family" />;
  return <FindATime family={family} stored={stored} />;
}

interface Search {
  result: FindSlotsResult;
  lengthMinutes: number;
  childShouldAttend: boolean;
  invited: string[];
}

function resultsTitle(result: FindSlotsResult): string {
  if (result.slots.length === 0) return 'No times found';
  if (result.reason !== null) return 'No time suits the whole family';
  return result.slots.length === 1 ? 'The best time' : `The best ${result.slots.length} times`;
}

function FindATime({ family, stored }: { family: FamilyRecord; stored: Stored }) {
  const navigate = useNavigate();
  // From the family's path, the kind of meeting to plan (first or review) goes on to the meeting form.
  const [query] = useSearchParams();
  const kind = meetingKindSchema.safeParse(query.get('kind')).data ?? null;
  const people = familyPeople(family);
  const [range] = useState(() => defaultRange(todayInLondon()));
  const [from, setFrom] = useState(() => formatShortDate(range.from));
  const [to, setTo] = useState(() => formatShortDate(range.to));
  const [length, setLength] = useState<string>('60');
  const [childAttends, setChildAttends] = useState<'yes' | 'no'>('no');
  const [familyInvited, setFamilyInvited] = useState<string[]>(() => people.map((p) => p.id));
  const [practitionersInvited, setPractitionersInvited] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<Array<{ fieldId: string; message: string }>>([]);
  const [search, setSearch] = useState<Search | null>(null);
  const [runs, setRuns] = useState(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (runs > 0) resultsHeading.current?.focus();
  }, [runs]);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const problems: Array<{ fieldId: string; message: string }> = [];
    const start = parseUkDate(from);
    const end = parseUkDate(to);
    if (!start.ok) problems.push({ fieldId: 'find-from', message: start.message });
    if (!end.ok) problems.push({ fieldId: 'find-to', message: end.message });
    if (start.ok && end.ok && end.date < start.date) problems.push({ fieldId: 'find-to', message: 'The last day must be on or after the first day' });
    const invited = [...familyInvited, ...practitionersInvited];
    if (invited.length === 0) problems.push({ fieldId: 'find-family', message: 'Choose at least one person to invite' });
    setErrors(problems);
    if (problems.length > 0 || !start.ok || !end.ok) {
      setSearch(null);
      return;
    }
    const lengthMinutes = Number(length);
    const built = buildRequest({
      family,
      timetable: stored.timetable,
      practitioners: stored.practitioners,
      unavailability: stored.away,
      invited,
      from: start.date,
      to: end.date,
      lengthMinutes,
      childShouldAttend: childAttends === 'yes',
      bankHolidays: stored.bankHolidays,
      termDates: stored.termDates,
      now: new Date(),
    });
    const result = built.ok ? findSlots(built.request) : { slots: [], reason: built.message, suggestions: [], notes: [] };
    setSearch({ result, lengthMinutes, childShouldAttend: childAttends === 'yes', invited });
    setRuns((n) => n + 1);
  }

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title="Find a meeting time" />
      <p>
        Times are found around <Link to={`/families/${family.id}/timetable`}>the family&apos;s week</Link>, practitioners&apos; leave, bank
        holidays and school term dates.
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={errors} attempt={attempt} />
        <div className="inline-fields">
          <TextField id="find-from" label="First day" hint="Day/month/year" width="medium" autoComplete="off" value={from} error={errorFor('find-from')} onValueChange={setFrom} />
          <TextField id="find-to" label="Last day" hint="Day/month/year" width="medium" autoComplete="off" value={to} error={errorFor('find-to')} onValueChange={setTo} />
        </div>
        <RadioGroup id="find-length" legend="How long is the meeting?" inline options={MEETING_LENGTHS.map((m) => ({ value: String(m), label: `${m} minutes` }))} value={length} onChange={setLength} />
        <RadioGroup<'yes' | 'no'>
          id="find-child"
          legend="Should the child come to the meeting?"
          hint="If yes, times in the child's school day are avoided in term time."
          inline
          options={[
            { value: 'yes' as const, label: 'Yes' },
            { value: 'no' as const, label: 'No' },
          ]}
          value={childAttends}
          onChange={setChildAttends}
        />
        <CheckboxGroup
          id="find-family"
          legend="Who from the family is invited?"
          error={errorFor('find-family')}
          options={people.map((p) => ({ value: p.id, label: <><bdi>{p.name}</bdi> ({p.role})</> }))}
          values={familyInvited}
          onChange={setFamilyInvited}
        />
        {stored.practitioners.length === 0 ? (
          <p>There are no practitioners in the directory yet.</p>
        ) : (
          <CheckboxGroup
            id="find-practitioners"
            legend="Which practitioners are invited?"
            options={stored.practitioners.map((p) => ({ value: p.id, label: <><bdi>{p.name}</bdi> ({p.role}, {p.agency})</> }))}
            values={practitionersInvited}
            onChange={setPractitionersInvited}
          />
        )}
        <div className="form__actions">
          <button type="submit" className="button">
            Find meeting times
          </button>
        </div>
      </form>
      {search && (
        <section aria-labelledby="find-results-heading" className="slot-results">
          <h2 className="section-heading" id="find-results-heading" tabIndex={-1} ref={resultsHeading}>
            {resultsTitle(search.result)}
          </h2>
          {search.result.reason !== null && (
            <div className="notice">
              <p>{search.result.reason}</p>
              {search.result.suggestions.length > 0 && (
                <>
                  <p>What you could try:</p>
                  <ul>
                    {search.result.suggestions.map((s) => (
                      <li key={s.kind + s.text}>{s.text}</li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          )}
          {search.result.notes.length > 0 && (
            <div className="notice">
              <p>Things to check:</p>
              <ul>
                {search.result.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </div>
          )}
          {search.result.slots.length > 0 && search.result.reason !== null && <p>These are the times that most people invited can make.</p>}
          {search.result.slots.length > 0 && (
            <ol className="slot-list">
              {search.result.slots.map((slot) => {
                const when = slotWords(slot);
                return (
                  <li key={slot.start} className="slot-card">
                    <h3 className="slot-card__when">{when}</h3>
                    <ul className="slot-card__reasons">
                      {slot.reasons.map((r) => (
                        <li key={r}>{r}</li>
                      ))}
                    </ul>
                    {slot.cannotCome.length > 0 && (
                      <p>
                        <strong>Cannot come:</strong>{' '}
                        {slot.cannotCome.map((c, i) => (
                          <span key={c.id}>
                            {i > 0 ? '; ' : ''}
                            <bdi>{c.name}</bdi> ({c.because})
                          </span>
                        ))}
                      </p>
                    )}
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-label={`Plan the meeting for this time: ${when}`}
                      onClick={() => void navigate(meetingLink(family.id, slot, search.lengthMinutes, search.childShouldAttend, search.invited, kind))}
                    >
                      Plan the meeting for this time
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
