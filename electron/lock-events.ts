/**
 * Tells the app's window to lock when the system goes to sleep or locks its screen, so a laptop
 * that is closed or left locked never wakes up showing a child's records. Only the reason is
 * sent, and only to the app's own window (never the hidden print window).
 *
 * 'lock-screen' is reported on macOS and Windows only; on Linux the renderer's own idle lock
 * covers a locked screen, and 'suspend' still arrives.
 */
import type { BrowserWindow, PowerMonitor } from 'electron';
import { CHANNELS, type LockReason } from '../shared/channels';

type PowerEvents = Pick<PowerMonitor, 'on' | 'removeListener'>;

export function forwardLockEvents(powerMonitor: PowerEvents, getAppWindow: () => BrowserWindow | null): () => void {
  const requestLock = (reason: LockReason): void => {
    const window = getAppWindow();
    if (window === null || window.isDestroyed() || window.webContents.isDestroyed()) return;
    window.webContents.send(CHANNELS.lockRequested, reason);
  };
  const onSuspend = (): void => requestLock('suspend');
  const onLockScreen = (): void => requestLock('lock-screen');

  powerMonitor.on('suspend', onSuspend);
  powerMonitor.on('lock-screen', onLockScreen);
  return () => {
    powerMonitor.removeListener('suspend', onSuspend);
    powerMonitor.removeListener('lock-screen', onLockScreen);
  };
}
