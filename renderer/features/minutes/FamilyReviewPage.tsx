import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { MinutesRow } from '../../../shared/domain/minutes';
import { leftOutFor } from '../../../shared/minutes/recipients';
import { canTake, minutesStatus } from '../../../shared/minutes/workflow';
import { ErrorSummary } from '../../components/ErrorSummary';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { PageHeading } from '../../components/PageHeading';
import { NotFound } from '../../components/notices/NotFound';
import { paths } from '../../components/paths';
import { useRepositories } from '../../data/hooks/useRepositories';
import { startHandOver } from './hand-over';
import { MinutesFrame, type MinutesContext } from './MinutesFrame';

/**
 * Family review mode starts here, with the chair: who will read? That person then sees only what
 * their own copy shows (record 0030), in the hand-over screen, until the chair takes the laptop
 * back with the passphrase.
 */
export function FamilyReviewPage() {
  return <MinutesFrame what="the minutes to check">{(context) => <Start context={context} />}</MinutesFrame>;
}

function Start({ context }: { context: MinutesContext }) {
  const { family, versions } = context;
  const row = versions[versions.length - 1];
  const back = paths.minutes(family.id, context.meeting.id);
  const title = `Checking the minutes: ${family.familyName}`;
  if (!row || !row.snapshot || !canTake(row, 'family-responded')) {
    const status = row ? minutesStatus(row) : null;
    const message = status === 'final' || status === 'shared' ? 'These minutes are final, so there is nothing for the family to check.' : 'These minutes have not been sent to the family to check yet.';
    return <NotFound heading={title} message={message} link={{ to: back, text: 'Back to the minutes' }} />;
  }
  return <ChooseReader context={context} row={row} />;
}

const READER = 'hand-over-reader';

function ChooseReader({ context, row }: { context: MinutesContext; row: MinutesRow }) {
  const { family } = context;
  const navigate = useNavigate();
  const { audit } = useRepositories();
  const [reader, setReader] = useState(family.carers.length === 1 ? (family.carers[0]?.id ?? '') : '');
  const form = useFormSubmit({
    check: () => {
      const person = family.carers.find((c) => c.id === reader);
      return person ? { ok: true as const, value: person } : { ok: false as const, errors: [{ path: READER, message: 'Choose who will read the minutes' }] };
    },
    save: async (person) => {
      await audit.record({ action: 'hand-over-start', recordType: 'minutes', recordId: row.id, familyId: family.id, recipients: [person.id] });
      startHandOver({ familyId: family.id, meetingId: row.meetingId, rowId: row.id, personId: person.id, personName: person.name });
    },
    afterSave: () => navigate(paths.handOver(family.id, row.meetingId)),
  });

  return (
    <>
      <p className="back-link">
        <Link to={paths.minutes(family.id, row.meetingId)}>Back to the minutes</Link>
      </p>
      <PageHeading title={`Checking the minutes: ${family.familyName}`}>Hand the minutes to the family</PageHeading>
      <p>The person you choose reads the minutes in large text, one part at a time, and gives their own answer. Each parent or carer answers on their own.</p>
      <p>While they read, the rest of Team Around is closed. To take the laptop back, you need your passphrase.</p>
      {family.carers.length === 0 ? (
        <p className="notice notice--reminder">
          No parent or carer is recorded for this family. <Link to={paths.editFamily(family.id)}>Add them to the family’s details</Link> first.
        </p>
      ) : (
        <form className="form" noValidate onSubmit={(event) => void form.submit(event)}>
          <ErrorSummary errors={form.errors.map((e) => ({ fieldId: e.path, message: e.message }))} attempt={form.attempt} />
          <SaveProblem message={form.saveError} />
          <RadioGroup<string>
            id={READER}
            legend="Who will read the minutes?"
            hint="They see only what their own copy of the minutes shows."
            error={form.errorAt(READER)}
            value={reader}
            options={family.carers.map((c) => {
              const leftOut = leftOutFor(c.id, family);
              return {
                value: c.id,
                label: <bdi>{c.name}</bdi>,
                ...(leftOut.length > 0 ? { hint: `Their copy leaves out: ${leftOut.join(', ')}.` } : {}),
              };
            })}
            onChange={setReader}
          />
          <div className="form__actions">
            <button type="submit" className="button" aria-disabled={form.saving || undefined}>
              Hand over
            </button>
          </div>
        </form>
      )}
    </>
  );
}
