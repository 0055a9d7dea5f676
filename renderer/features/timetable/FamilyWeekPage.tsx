import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { FamilyTimetableRecord } from '../../../shared/domain/stored-timetables';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { FormActions } from '../../components/form/FormActions';
import { useFamily } from '../../data/hooks/useFamilies';
import { useRepositories } from '../../data/hooks/useRepositories';
import { BackToFamily } from '../../components/BackLink';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { familyPeople, type FamilyPerson } from '../../../shared/rules/scheduling/family-people';
import { TimetableNotFound } from './TimetableNotFound';
import { BusyTimesFields, DatesFields, PreferredTimesFields } from './TimeRows';
import { Checkbox } from '../../components/fields/Checkbox';
import { checkWeek, emptyMember, fieldId, isWeekDraft, memberFromTimetable, type MemberDraft, type WeekDraft } from './week-draft';
import type { FieldError } from '../../../shared/domain/family';
import { paths } from '../../components/paths';

/** Route `families/:familyId/timetable`: each family member's week, as they tell it. */
export function FamilyWeekPage() {
  const { familyId = '' } = useParams();
  const family = useFamily(familyId);
  const { timetables } = useRepositories();
  const stored = useLiveQuery(async () => (await timetables.forFamily(familyId)) ?? null, [timetables, familyId]);
  if (family === undefined || stored === undefined) return <Loading what="the family's week" />;
  if (family === null) return <TimetableNotFound what="family" />;
  return <FamilyWeekForm family={family} stored={stored} />;
}

function FamilyWeekForm({ family, stored }: { family: FamilyRecord; stored: FamilyTimetableRecord | null }) {
  const navigate = useNavigate();
  const { timetables } = useRepositories();
  const people = familyPeople(family);
  const ids = people.map((p) => p.id);
  const form = useDraftForm({
    draftKey: `family-week:${family.id}`,
    initial: (): WeekDraft => ({ members: Object.fromEntries(people.map((p) => [p.id, memberFromTimetable(stored?.members[p.id])])) }),
    isDraft: isWeekDraft,
    check: (d) => checkWeek(d, ids),
    save: async (checked) => {
      const saved = await timetables.save(family.id, checked);
      if (!saved.ok) throw new SaveRefused(saved.errors[0]?.message ?? "The family's week could not be saved. Check the details and try again.");
    },
    afterSave: () => void navigate(paths.family(family.id), { state: { flash: "The family's week has been saved." } }),
    afterCancel: () => undefined,
  });
  const { draft, value, errors } = form;

  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title="The family's week" />
      <p>
        Ask each person when they are busy and when suits them: school runs, work shifts, caring, the school day, other appointments. Meeting
        times are then found around their week.
      </p>
      {!value ? (
        <Loading what="the family's week" />
      ) : (
        <form className="form" noValidate onSubmit={(event) => void form.submit(event)}>
          <ErrorSummary errors={errors.map((e) => ({ fieldId: personFieldId(e), message: e.message }))} attempt={form.attempt} />
          <SaveProblem message={form.saveError} />
          <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved to the family's week" onDiscard={() => void draft.discard()} />
          {people.map((person) => (
            <PersonWeek
              key={person.id}
              person={person}
              member={value.members[person.id] ?? emptyMember()}
              errors={errors.filter((e) => e.path.startsWith(`${person.id}.`)).map((e) => ({ ...e, path: e.path.slice(person.id.length + 1) }))}
              onChange={(change) => draft.update((d) => ({ members: { ...d.members, [person.id]: { ...(d.members[person.id] ?? emptyMember()), ...change } } }))}
            />
          ))}
          <FormActions saveState={draft.saveState} submitLabel="Save the family's week" busy={form.saving} />
        </form>
      )}
    </>
  );
}

function personFieldId(e: FieldError): string {
  const dot = e.path.indexOf('.');
  return fieldId(`week-${e.path.slice(0, dot)}`, e.path.slice(dot + 1));
}

function PersonWeek({ person, member, errors, onChange }: { person: FamilyPerson; member: MemberDraft; errors: FieldError[]; onChange(change: Partial<MemberDraft>): void }) {
  const prefix = `week-${person.id}`;
  const headingId = `${prefix}-heading`;
  return (
    <section className="form-section timetable-person" aria-labelledby={headingId}>
      <h2 className="section-heading" id={headingId}>
        <bdi>{person.name}</bdi> <span className="timetable-person__role">({person.role})</span>
      </h2>
      <BusyTimesFields prefix={prefix} who={person.name} rows={member.busy} errors={errors} onChange={(busy) => onChange({ busy })} />
      <PreferredTimesFields prefix={prefix} who={person.name} rows={member.preferred} errors={errors} onChange={(preferred) => onChange({ preferred })} />
      <DatesFields prefix={prefix} who={person.name} rows={member.unavailable} errors={errors} onChange={(unavailable) => onChange({ unavailable })} />
      <h3 className="timetable-list__title">Evenings and weekends</h3>
      <Checkbox
        id={`${prefix}-evenings`}
        label={<>Evenings are fine for <bdi>{person.name}</bdi></>}
        hint="Meetings that end after 17:00, up to 20:00"
        checked={member.eveningsAcceptable}
        onCheckedChange={(eveningsAcceptable) => onChange({ eveningsAcceptable })}
      />
      <Checkbox
        id={`${prefix}-weekends`}
        label={<>Weekends are fine for <bdi>{person.name}</bdi></>}
        checked={member.weekendsAcceptable}
        onCheckedChange={(weekendsAcceptable) => onChange({ weekendsAcceptable })}
      />
    </section>
  );
}
