import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { MEETING_KIND_LABELS, meetingKindSchema, type MeetingKind } from '../../../shared/domain/meeting';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { BackToSettings } from '../../components/BackLink';
import { useRepositories } from '../../data/hooks/useRepositories';
import { AgendaTemplateEditor } from './AgendaTemplateEditor';

/** Route `settings/agendas`: the area's agenda for each kind of meeting, which new meetings start from. */
export function AgendaTemplatesPage() {
  const { agendaTemplates } = useRepositories();
  const [kind, setKind] = useState<MeetingKind>('first');
  const stored = useLiveQuery(async () => {
    const [all, changed] = await Promise.all([agendaTemplates.all(), agendaTemplates.changed()]);
    return { all, changed };
  }, [agendaTemplates]);
  return (
    <>
      <BackToSettings />
      <PageHeading title="Agenda templates" />
      <p>
        Each new meeting starts with the agenda for its kind, and is booked for as long as the agenda takes. Changes here are used for meetings planned from now on: meetings already
        planned keep their own agenda, which the chair can change on the meeting&apos;s page.
      </p>
      <RadioGroup<MeetingKind>
        id="template-kind"
        legend="Which agenda?"
        inline
        options={meetingKindSchema.options.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k] }))}
        value={kind}
        onChange={setKind}
      />
      {stored === undefined ? <Loading what="the agenda templates" /> : <AgendaTemplateEditor key={kind} template={stored.all[kind]} changed={stored.changed.includes(kind)} />}
    </>
  );
}
