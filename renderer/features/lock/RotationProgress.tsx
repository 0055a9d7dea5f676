import { useRotationStatus } from './useRotationStatus';

const count = (n: number) => n.toLocaleString('en-GB');

/** How far the re-encryption with a new key has got, and when it is done. Nothing when no key change has run. */
export function RotationProgress() {
  const status = useRotationStatus();

  if (status.state === 'running') {
    return (
      <div className="field">
        <p role="status" className="save-status">
          {status.total === 0 ? 'Getting ready to re-encrypt your records…' : `Re-encrypting your records: ${count(status.done)} of ${count(status.total)}`}
        </p>
        <progress max={Math.max(status.total, 1)} value={status.done} aria-label="Re-encrypting your records" />
        <p>You can carry on using Team Around meanwhile. If it is closed or locked before the end, it carries on after you next unlock.</p>
      </div>
    );
  }
  if (status.state === 'finished') {
    return (
      <p role="status" className="notice notice--success">
        Every record is now encrypted with the new key ({count(status.total)} records). The old key no longer opens anything. Quick unlock, if it was on, has been switched off: switch it on again
        under Locking if you want it.
      </p>
    );
  }
  if (status.state === 'failed') {
    return (
      <p role="alert" className="notice notice--problem">
        {status.message} Your records can still be read. Lock Team Around and unlock it again to carry on.
      </p>
    );
  }
  return null;
}
