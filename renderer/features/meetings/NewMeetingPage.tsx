import { useLiveQuery } from 'dexie-react-hooks';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { Action } from '../../../shared/domain/action';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { MEETING_KIND_LABELS, type MeetingKind } from '../../../shared/domain/meeting';
import type { AgendaTemplates } from '../../../shared/domain/agenda-templates';
import { agendaFromTemplate } from '../../../shared/rules/agenda';
import { agendaMinutes } from '../../../shared/rules/agenda-length';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatus } from '../../components/SaveStatus';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { byFieldId, summaryOf } from '../../components/form/field-ids';
import { useDraftForm } from '../../components/form/useDraftForm';
import { useRepositories } from '../../data/hooks/useRepositories';
import { checkDraft, childChoiceOf, suggestedChoice, childQuestionId, draftFromQuery, familyInvitees, homeName, isMeetingDraft, withKind, type MeetingDraft } from './meeting-form';
import { ChildComingQuestion } from './ChildComingQuestion';
import { knownAs } from '../../../shared/domain/person';
import { storedChoices, withChildTicks } from '../../../shared/rules/child-attendance';
import { TimeField } from '../../components/fields/TimeField';
import { BackToFamily } from '../../components/BackLink';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { useFamilyMeetings } from './useMeetingData';
import { paths } from '../../components/paths';
import { TimeWarnings } from './TimeWarnings';

const KIND_HINTS: Record<MeetingKind, string> = {
  'pre-meeting': 'You and the family on your own, to get ready for the first meeting together.',
  first: 'Everyone together for the first time, to agree a plan.',
  review: 'Everyone together again, to see how the plan is going. Open actions are added for you.',
  closing: 'The last meeting, to agree that support can end and what happens next.',
};

/** Plan a meeting: kind, when, where, who is coming. A "find a time" link can fill in the time and people. */
export function NewMeetingPage() {
  const { familyId = '' } = useParams();
  const data = useFamilyMeetings(familyId);
  const { agendaTemplates } = useRepositories();
  // The area's templates (Settings), for the agenda and the length it needs: read before the form opens,
  // so a kind passed in the address starts with the area's agenda total.
  const templates = useLiveQuery(() => agendaTemplates.all(), [agendaTemplates]);
  if (data.state === 'loading' || templates === undefined) return <Loading what="meeting form" />;
  if (data.state === 'missing') return <FamilyNotFound />;
  return <NewMeetingForm family={data.family} practitioners={data.practitioners} actions={data.actions} templates={templates} />;
}

function NewMeetingForm({ family, practitioners, actions, templates }: { family: FamilyRecord; practitioners: Practitioner[]; actions: Action[]; templates: AgendaTemplates }) {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const { meetings } = useRepositories();
  const minutesFor = (k: MeetingKind) => agendaMinutes(k, templates);
  const query = search.toString();
  const form = useDraftForm({
    draftKey: `meeting-new:${family.id}:${query}`,
    initial: () => draftFromQuery(search, minutesFor),
    isDraft: isMeetingDraft,
    check: (d: MeetingDraft) => byFieldId(checkDraft(d, family, practitioners, templates[d.kind === '' ? 'first' : d.kind].items)),
    save: async ({ childChoices, ...m }) => {
      const openActions = m.kind === 'review' || m.kind === 'closing' ? actions : [];
      const template = templates[m.kind];
      const made = agendaFromTemplate(template, { meetingKind: m.kind, openActions, childAttends: m.childAttends, newId });
      // Child by child, the items they come for; the agenda's ticks follow (an item any child comes for).
      const childrenComing = storedChoices(childChoices, family.children.map((c) => c.id), made);
      const agenda = m.childAttends ? withChildTicks(made, childrenComing) : made;
      return meetings.create(family.id, { ...m, agenda, childrenComing });
    },
    afterSave: (created) =>
      void navigate(paths.meeting(family.id, created.id), { state: { flash: 'The meeting has been planned. Check the agenda, then send the invitations.' } }),
    afterCancel: () => undefined,
  });
  const { draft, value } = form;
  if (value === undefined) return <Loading what="meeting form" />;
  const set = <K extends keyof MeetingDraft>(key: K, v: MeetingDraft[K]) => draft.update((d) => ({ ...d, [key]: v }));
  const errorFor = form.errorAt;

  const people = familyInvitees(family);
  // The agenda the meeting will start from: the kind chosen (a first meeting until one is).
  const agendaItems = templates[value.kind === '' ? 'first' : value.kind].items;
  return (
    <>
      <BackToFamily familyId={family.id} familyName={family.familyName} />
      <PageHeading title={`Plan a meeting: ${family.familyName}`}>
        Plan a meeting: <bdi>{family.familyName}</bdi>
      </PageHeading>
      <ErrorSummary errors={summaryOf(form.errors)} attempt={form.attempt} />
      <SaveProblem message={form.saveError} />
      <SaveStatus state={draft.saveState} savedLabel="Draft saved" />
      <form
        noValidate
        onSubmit={(e) => void form.submit(e)}
      >
        <RadioGroup<MeetingKind>
          id="meeting-kind"
          legend="What kind of meeting is it?"
          error={errorFor('meeting-kind')}
          value={value.kind}
          onChange={(v) => draft.update((d) => withKind(d, v, minutesFor))}
          options={(Object.keys(MEETING_KIND_LABELS) as MeetingKind[]).map((k) => ({ value: k, label: MEETING_KIND_LABELS[k], hint: KIND_HINTS[k] }))}
        />
        <TextField id="meeting-date" label="Date" hint="For example, 03/12/2026" width="medium" value={value.date} error={errorFor('meeting-date')} onValueChange={(v) => set('date', v)} />
        <TimeField id="meeting-time" label="Start time" value={value.time} error={errorFor('meeting-time')} onValueChange={(v) => set('time', v)} />
        <TextField
          id="meeting-length"
          label="Length in minutes"
          hint="The agenda's total for the kind of meeting chosen. Change it if you need to."
          width="short"
          inputMode="numeric"
          value={value.length}
          error={errorFor('meeting-length')}
          onValueChange={(v) => set('length', v)}
        />
        <RadioGroup<'place' | 'home'>
          id="meeting-venue"
          legend="Where will it be?"
          error={errorFor('meeting-venue')}
          value={value.venueKind}
          onChange={(v) => set('venueKind', v)}
          options={[
            {
              value: 'place',
              label: 'A place such as a school, children’s centre or office',
              conditional: (
                <>
                  <TextField id="meeting-place-name" label="Name of the place" value={value.placeName} error={errorFor('meeting-place-name')} onValueChange={(v) => set('placeName', v)} />
                  <TextAreaField id="meeting-place-address" label="Address (optional)" rows={3} value={value.placeAddress} onValueChange={(v) => set('placeAddress', v)} />
                </>
              ),
            },
            ...(family.households.length > 0
              ? [
                  {
                    value: 'home' as const,
                    label: 'One of the family’s homes',
                    hint: 'Letters name the home, not the address, for anyone a safety flag keeps it from.',
                    conditional: (
                      <RadioGroup<string>
                        id="meeting-home"
                        legend="Which home?"
                        error={errorFor('meeting-home')}
                        value={value.householdId}
                        onChange={(v) => set('householdId', v)}
                        options={family.households.map((h) => ({ value: h.id, label: homeName(family, h.id) }))}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
        <TextAreaField
          id="meeting-privacy"
          label="Privacy (optional)"
          hint="For example, “We will use a private room at the back of the school.”"
          rows={2}
          value={value.privacyNote}
          onValueChange={(v) => set('privacyNote', v)}
        />
        <TextAreaField
          id="meeting-access"
          label="Getting there and access (optional)"
          hint="For example, “There is step-free access through the side gate.”"
          rows={2}
          value={value.accessNote}
          onValueChange={(v) => set('accessNote', v)}
        />
        <RadioGroup<'yes' | 'no'>
          id="meeting-child"
          legend="Will the child or young person come?"
          hint="Then say, child by child, whether they come for the whole meeting or only some items."
          error={errorFor('meeting-child')}
          value={value.childAttends}
          onChange={(v) => set('childAttends', v)}
          options={[
            {
              value: 'yes',
              label: 'Yes, for some or all of it',
              conditional: family.children.map((child) => (
                <ChildComingQuestion
                  key={child.id}
                  id={childQuestionId(child.id)}
                  legend={`Will ${knownAs(child)} come?`}
                  name={knownAs(child)}
                  choice={childChoiceOf(value, child.id, suggestedChoice(agendaItems))}
                  items={agendaItems}
                  error={errorFor(`${childQuestionId(child.id)}-items`)}
                  onChange={(choice) => set('childChoices', { ...value.childChoices, [child.id]: choice })}
                />
              )),
            },
            { value: 'no', label: 'No' },
          ]}
        />
        <CheckboxGroup
          id="meeting-family"
          legend="Who from the family is invited?"
          error={errorFor('meeting-family')}
          options={people.map((p) => ({ value: p.id, label: p.name, hint: p.role }))}
          values={value.invitees.filter((id) => people.some((p) => p.id === id))}
          onChange={(ids) => set('invitees', [...ids, ...value.invitees.filter((id) => !people.some((p) => p.id === id))])}
        />
        {practitioners.length === 0 ? (
          <p className="hint-text">No practitioners are in the directory yet. Once the meeting is saved, you can invite anyone from its page, including someone not yet in the directory.</p>
        ) : (
          <CheckboxGroup
            id="meeting-practitioners"
            legend="Which practitioners are invited?"
            options={practitioners.map((p) => ({ value: p.id, label: p.name, hint: `${p.role}, ${p.agency}` }))}
            values={value.invitees.filter((id) => practitioners.some((p) => p.id === id))}
            onChange={(ids) => set('invitees', [...value.invitees.filter((id) => !practitioners.some((p) => p.id === id)), ...ids])}
          />
        )}
        <TimeWarnings
          family={family}
          kind={value.kind}
          date={value.date}
          time={value.time}
          length={value.length}
          invited={value.invitees}
          childShouldAttend={value.childAttends === 'yes'}
          childChoices={value.childAttends === 'yes' ? Object.fromEntries(family.children.map((c) => [c.id, childChoiceOf(value, c.id, suggestedChoice(agendaItems))])) : undefined}
          agendaItems={agendaItems}
        />
        <div className="button-group">
          <button type="submit" className="button" disabled={form.saving}>
            Save the meeting
          </button>
        </div>
      </form>
    </>
  );
}
