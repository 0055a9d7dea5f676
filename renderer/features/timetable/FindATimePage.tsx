import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { meetingKindSchema } from '../../../shared/domain/meeting-kind';
import { formatShortDate, parseUkDate, todayInLondon } from '../../../shared/rules/dates';
import { findSlots, type FindSlotsResult } from '../../../shared/rules/slot-finder';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { summaryOf } from '../../components/form/field-ids';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { useFamily } from '../../data/hooks/useFamilies';
import { useRepositories } from '../../data/hooks/useRepositories';
import { BackToFamily } from '../../components/BackLink';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { buildRequest } from '../../../shared/rules/scheduling/build-request';
import { familyInvited, familyPeople } from '../../../shared/rules/scheduling/family-people';
import { bookableSlots } from '../../../shared/rules/scheduling/bookable';
import { agendaMinutes } from '../../../shared/rules/agenda-length';
import { agendaLengthHint, defaultRange, lengthChoices, meetingLink, slotWords } from './find-a-time';
import { TimetableNotFound } from './TimetableNotFound';
import type { ChildChoice } from '../../../shared/domain/child-coming';
import { childChoicesParam, choiceProblem } from '../../../shared/rules/child-items';
import { ChildComingQuestion } from '../meetings';
import { paths } from '../../components/paths';
import { FormActions } from '../../components/form/FormActions';
import { useFocusWhen } from '../../components/useFocusWhen';

type Stored = NonNullable<ReturnType<typeof useStored>>;

function useStored(familyId: string) {
  const { timetables, directory, unavailability, calendar, agendaTemplates } = useRepositories();
  return useLiveQuery(async () => {
    const [timetable, practitioners, away, bankHolidays, terms, templates] = await Promise.all([
      timetables.forFamily(familyId),
      directory.practitioners(),
      unavailability.list(),
      calendar.bankHolidays(),
      calendar.termDates(),
      agendaTemplates.all(),
    ]);
    return { timetable: timetable ?? null, practitioners, away, bankHolidays, termDates: terms.file, templates };
  }, [timetables, directory, unavailability, calendar, agendaTemplates, familyId]);
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
  /** Each child's answer, as the meeting form's address carries them. */
  children: string;
  /** Some child comes for some items only: their numbers are on this kind's agenda. */
  someItems: boolean;
}

function resultsTitle(result: FindSlotsResult, offered: number): string {
  if (offered === 0) return result.reason !== null && result.slots.length > 0 ? 'No time suits the whole family' : 'No times found';
  return offered === 1 ? 'The best time' : `The best ${offered} times`;
}

function FindATime({ family, stored }: { family: FamilyRecord; stored: Stored }) {
  const navigate = useNavigate();
  // From the family's path, the kind of meeting to plan (first or review) goes on to the meeting form.
  const [query] = useSearchParams();
  const kind = meetingKindSchema.safeParse(query.get('kind')).data ?? null;
  const people = familyPeople(family);
  const carers = people.filter((p) => !p.isChild);
  const children = people.filter((p) => p.isChild);
  // The area's agenda for this kind of meeting (a first meeting unless the family's path says) sets the length.
  const agendaLength = agendaMinutes(kind ?? 'first', stored.templates);
  const [range] = useState(() => defaultRange(todayInLondon()));
  const [from, setFrom] = useState(() => formatShortDate(range.from));
  const [to, setTo] = useState(() => formatShortDate(range.to));
  const [length, setLength] = useState<string>(() => String(agendaLength));
  // The agenda the meeting will start from: a child may come for some of its items only.
  const agendaItems = stored.templates[kind ?? 'first'].items;
  // Child by child: nobody is coming until the chair says so, and then for all of it or some items.
  const [childChoices, setChildChoices] = useState<Record<string, ChildChoice>>({});
  const choiceOf = (childId: string): ChildChoice => childChoices[childId] ?? { comes: 'no', items: [] };
  const childrenComing = children.filter((c) => choiceOf(c.id).comes !== 'no').map((c) => c.id);
  const childAttends = childrenComing.length > 0;
  const questionId = (childId: string) => (children.length === 1 ? 'find-child' : `find-child-${childId}`);
  // Children are not ticked here: they come exactly when "Should the child come?" says they do.
  const [carersInvited, setCarersInvited] = useState<string[]>(() => carers.map((p) => p.id));
  const [practitionersInvited, setPractitionersInvited] = useState<string[]>([]);
  const [search, setSearch] = useState<Search | null>(null);
  const [runs, setRuns] = useState(0);
  const resultsHeading = useFocusWhen<HTMLHeadingElement>(runs);

  function check(): Validated<{ from: string; to: string; invited: string[] }> {
    const problems: FieldError[] = [];
    const start = parseUkDate(from);
    const end = parseUkDate(to);
    if (!start.ok) problems.push({ path: 'find-from', message: start.message });
    if (!end.ok) problems.push({ path: 'find-to', message: end.message });
    if (start.ok && end.ok && end.date < start.date) problems.push({ path: 'find-to', message: 'The last day must be on or after the first day' });
    for (const child of children) {
      const problem = choiceProblem(childChoices[child.id], child.name);
      if (problem !== null) problems.push({ path: `${questionId(child.id)}-items`, message: problem });
    }
    const invited = [...familyInvited(people, carersInvited, false), ...childrenComing, ...practitionersInvited];
    if (invited.length === 0) problems.push({ path: 'find-family', message: 'Choose at least one person to invite' });
    return problems.length > 0 || !start.ok || !end.ok ? { ok: false, errors: problems } : { ok: true, value: { from: start.date, to: end.date, invited } };
  }

  // Finding times saves nothing: the "save" is the search, and its results are shown below the form.
  const form = useFormSubmit({
    check,
    save: async (asked) => runSearch(asked),
    afterSave: (found) => {
      setSearch(found);
      setRuns((n) => n + 1);
    },
  });

  function runSearch({ from: start, to: end, invited }: { from: string; to: string; invited: string[] }): Search {
    const lengthMinutes = Number(length);
    const built = buildRequest({
      family,
      timetable: stored.timetable,
      practitioners: stored.practitioners,
      unavailability: stored.away,
      invited,
      from: start,
      to: end,
      lengthMinutes,
      childShouldAttend: childAttends,
      childrenComing,
      childChoices,
      agendaItems,
      bankHolidays: stored.bankHolidays,
      termDates: stored.termDates,
      now: new Date(),
    });
    const result = built.ok ? findSlots(built.request) : { slots: [], reason: built.message, suggestions: [], notes: [] };
    return { result, lengthMinutes, childShouldAttend: childAttends, invited, children: childChoicesParam(childChoices, children.map((c) => c.id)), someItems: children.some((c) => choiceOf(c.id).comes === 'items') };
  }

  const errorFor = form.errorAt;

  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title="Find a meeting time" />
      <p>
        Times are found around <Link to={paths.familyWeek(family.id)}>the family&apos;s week</Link>, practitioners&apos; leave, bank
        holidays and school term dates.
      </p>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          if (!check().ok) setSearch(null);
          void form.submit(event);
        }}
      >
        <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
        <div className="inline-fields">
          <TextField id="find-from" label="First day" hint="Day/month/year" width="medium" autoComplete="off" value={from} error={errorFor('find-from')} onValueChange={setFrom} />
          <TextField id="find-to" label="Last day" hint="Day/month/year" width="medium" autoComplete="off" value={to} error={errorFor('find-to')} onValueChange={setTo} />
        </div>
        <RadioGroup
          id="find-length"
          legend="How long is the meeting?"
          hint={agendaLengthHint(kind ?? 'first', agendaLength)}
          inline
          options={lengthChoices(agendaLength).map((m) => ({ value: String(m), label: `${m} minutes` }))}
          value={length}
          onChange={setLength}
        />
        {children.map((child) => (
          <ChildComingQuestion
            key={child.id}
            id={questionId(child.id)}
            // One child: the question as it always was. Several: asked child by child, by name.
            legend={children.length === 1 ? 'Should the child come to the meeting?' : `Should ${child.name} come to the meeting?`}
            hint="If they come, they are invited and their school day is avoided in term time, for the items they come for. If not, their week is not counted."
            name={child.name}
            choice={choiceOf(child.id)}
            items={agendaItems}
            error={errorFor(`${questionId(child.id)}-items`)}
            onChange={(choice) => setChildChoices((all) => ({ ...all, [child.id]: choice }))}
          />
        ))}
        <CheckboxGroup
          id="find-family"
          legend="Who from the family is invited?"
          hint="Children are invited when you say they should come."
          error={errorFor('find-family')}
          options={carers.map((p) => ({ value: p.id, label: <><bdi>{p.name}</bdi> ({p.role})</> }))}
          values={carersInvited}
          onChange={setCarersInvited}
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
        <FormActions submitLabel="Find meeting times" />
      </form>
      {search && (() => {
        const offered = bookableSlots(search.result);
        return (
        <section aria-labelledby="find-results-heading" className="slot-results">
          <h2 className="section-heading" id="find-results-heading" tabIndex={-1} ref={resultsHeading}>
            {resultsTitle(search.result, offered.length)}
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
          {offered.length === 0 && search.result.slots.length > 0 && (
            <p>No time is offered for booking: every time found clashes with someone in the family.</p>
          )}
          {offered.length > 0 && (
            <ol className="slot-list">
              {offered.map((slot) => {
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
                      onClick={() => void navigate(meetingLink(family.id, slot, search.lengthMinutes, search.childShouldAttend, search.invited, kind ?? (search.someItems ? 'first' : null), search.children))}
                    >
                      Plan the meeting for this time
                    </button>
                  </li>
                );
              })}
            </ol>
          )}
        </section>
        );
      })()}
    </>
  );
}
