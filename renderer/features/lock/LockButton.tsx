import { useLock } from './lock-context';

/** In the header: lock now, for when the chair steps away or hands the laptop over. */
export function LockButton() {
  const { lockNow } = useLock();
  return (
    <button type="button" className="app-nav__button" onClick={lockNow}>
      Lock
    </button>
  );
}
