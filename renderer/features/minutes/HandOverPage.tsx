import { useEffect, useState } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { requestHeadingFocus } from '../../components/heading-focus';
import { PageHeading } from '../../components/PageHeading';
import { paths } from '../../components/paths';
import { useRepositories } from '../../data/hooks/useRepositories';
import { ConfirmPassphraseForm } from '../lock';
import { endHandOver, useHandOver, type HandOver } from './hand-over';
import { HandOverSteps } from './HandOverSteps';
import { MinutesFrame } from './MinutesFrame';

/**
 * The family's review, handed to one parent or carer: outside the app's frame (no navigation, no
 * banners, no other family), their own redacted copy, large text, one part at a time. Only the
 * chair's passphrase leads out.
 */
export function HandOverPage() {
  const handOver = useHandOver();
  const { familyId = '', meetingId = '' } = useParams();
  useEffect(() => {
    // Outside the app's frame there is no RouteFocus: the heading takes focus on arrival.
    requestHeadingFocus();
  }, []);
  if (handOver && (handOver.familyId !== familyId || handOver.meetingId !== meetingId)) {
    return <Navigate to={paths.handOver(handOver.familyId, handOver.meetingId)} replace />;
  }
  return (
    <main className="page hand-over" id="main" tabIndex={-1}>
      {handOver ? (
        <>
          <MinutesFrame what="the minutes to check">{(context) => <HandOverSteps context={context} handOver={handOver} />}</MinutesFrame>
          <TakeBack handOver={handOver} />
        </>
      ) : (
        <NothingHandedOver familyId={familyId} meetingId={meetingId} />
      )}
    </main>
  );
}

function NothingHandedOver({ familyId, meetingId }: { familyId: string; meetingId: string }) {
  const navigate = useNavigate();
  return (
    <>
      <PageHeading title="No family review is open" />
      <p>Nobody is reading the minutes on this laptop now.</p>
      <button type="button" className="button" onClick={() => void navigate(paths.minutes(familyId, meetingId))}>
        Go to the minutes
      </button>
    </>
  );
}

/** For the chair: end the review and go back to the minutes, with the passphrase. */
function TakeBack({ handOver }: { handOver: HandOver }) {
  const [asking, setAsking] = useState(false);
  const navigate = useNavigate();
  const { audit } = useRepositories();
  return (
    <section className="hand-over__chair" aria-labelledby="hand-over-chair-heading">
      <h2 id="hand-over-chair-heading">For the person who chaired the meeting</h2>
      {asking ? (
        <ConfirmPassphraseForm
          id="hand-over-passphrase"
          submitLabel="End the review"
          onCancel={() => setAsking(false)}
          onConfirmed={async () => {
            await audit.record({ action: 'hand-over-end', recordType: 'minutes', recordId: handOver.rowId, familyId: handOver.familyId, recipients: [handOver.personId] });
            endHandOver();
            await navigate(paths.minutes(handOver.familyId, handOver.meetingId), { state: { flash: `The review is closed. You have the laptop back from ${handOver.personName}.` } });
          }}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
          Take the laptop back
        </button>
      )}
    </section>
  );
}
