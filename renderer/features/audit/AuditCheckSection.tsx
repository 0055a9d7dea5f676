import { useState } from 'react';
import { Link } from 'react-router';
import { useRepositories } from '../../data/hooks/useRepositories';
import { describeCheck } from './audit-words';
import { paths } from '../../components/paths';
import { Section } from '../../components/Section';
import { OutcomeNotice } from '../../components/notices/OutcomeNotice';
import { useFocusWhen } from '../../components/useFocusWhen';

type Outcome = { ok: boolean; broken: boolean; message: string };

/** The settings page's check of the whole audit trail: every link, and that nothing was cut from the end. */
export function AuditCheckSection() {
  const { audit } = useRepositories();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const notice = useFocusWhen<HTMLDivElement>(outcome);

  async function check() {
    setBusy(true);
    setOutcome(null);
    try {
      const { verdict, entries } = await audit.check();
      setOutcome({ ok: verdict.ok, broken: !verdict.ok, message: describeCheck(verdict, entries) });
    } catch {
      setOutcome({ ok: false, broken: false, message: 'The check could not be finished. Try again in a moment.' });
    }
    setBusy(false);
  }

  return (
    <Section headingId="audit-check-heading" title="Record of who did what">
      <p>
        Team Around keeps a record of who opened, changed, shared or removed information, and when. Check that nothing in it has been changed or
        removed.
      </p>
      <p>
        <Link to={paths.appAudit()}>Read the record of who did what on this computer</Link>
      </p>
      {outcome && (
        <OutcomeNotice ok={outcome.ok} ref={notice}>
          {outcome.message}
          {!outcome.ok && outcome.broken && <> Tell your information governance lead, and keep this computer as it is.</>}
        </OutcomeNotice>
      )}
      <button type="button" className="button button--secondary" disabled={busy} onClick={() => void check()}>
        Check the record of who did what
      </button>
    </Section>
  );
}
