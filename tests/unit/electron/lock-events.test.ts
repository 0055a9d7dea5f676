import { powerMonitor } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forwardLockEvents } from '../../../electron/lock-events';
import { events } from '../../../shared/contract';
import { BrowserWindow, powerMonitor as mockPowerMonitor, resetElectronMock } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

const CHANNEL = events.onLockRequested.channel;

beforeEach(() => resetElectronMock());

/** What the code under test is typed to receive: Electron's own BrowserWindow. */
function asElectronWindow(window: BrowserWindow | null): Electron.BrowserWindow | null {
  return window as unknown as Electron.BrowserWindow | null;
}

describe('forwardLockEvents', () => {
  it('sends suspend and lock-screen to the app window, as the reason string only', () => {
    const appWindow = new BrowserWindow();
    forwardLockEvents(powerMonitor, () => asElectronWindow(appWindow));
    mockPowerMonitor.emit('suspend');
    mockPowerMonitor.emit('lock-screen');
    expect(appWindow.webContents.send.mock.calls).toEqual([
      [CHANNEL, 'suspend'],
      [CHANNEL, 'lock-screen'],
    ]);
  });

  it('never sends to any other window (the hidden print window)', () => {
    const appWindow = new BrowserWindow();
    const printWindow = new BrowserWindow({ show: false });
    forwardLockEvents(powerMonitor, () => asElectronWindow(appWindow));
    mockPowerMonitor.emit('suspend');
    expect(appWindow.webContents.send).toHaveBeenCalledTimes(1);
    expect(printWindow.webContents.send).not.toHaveBeenCalled();
  });

  it('follows the current app window (re-created on macOS), and is quiet when there is none', () => {
    let current: BrowserWindow | null = null;
    forwardLockEvents(powerMonitor, () => asElectronWindow(current));
    expect(() => mockPowerMonitor.emit('suspend')).not.toThrow();

    const first = new BrowserWindow();
    current = first;
    first.destroy();
    expect(() => mockPowerMonitor.emit('lock-screen')).not.toThrow();
    expect(first.webContents.send).not.toHaveBeenCalled();

    const second = new BrowserWindow();
    current = second;
    mockPowerMonitor.emit('lock-screen');
    expect(second.webContents.send.mock.calls).toEqual([[CHANNEL, 'lock-screen']]);
  });

  it('does not send to a window whose page is already gone', () => {
    const appWindow = new BrowserWindow();
    appWindow.webContents.destroyed = true;
    forwardLockEvents(powerMonitor, () => asElectronWindow(appWindow));
    mockPowerMonitor.emit('suspend');
    expect(appWindow.webContents.send).not.toHaveBeenCalled();
  });

  it('ignores other power events', () => {
    const appWindow = new BrowserWindow();
    forwardLockEvents(powerMonitor, () => asElectronWindow(appWindow));
    for (const name of ['resume', 'unlock-screen', 'on-ac', 'on-battery', 'shutdown', 'user-did-become-active']) mockPowerMonitor.emit(name);
    expect(appWindow.webContents.send).not.toHaveBeenCalled();
  });

  it('can be stopped: the returned function removes both listeners', () => {
    const appWindow = new BrowserWindow();
    const stop = forwardLockEvents(powerMonitor, () => asElectronWindow(appWindow));
    expect(mockPowerMonitor.listenerCount('suspend')).toBe(1);
    expect(mockPowerMonitor.listenerCount('lock-screen')).toBe(1);
    stop();
    expect(mockPowerMonitor.listenerCount('suspend')).toBe(0);
    expect(mockPowerMonitor.listenerCount('lock-screen')).toBe(0);
    mockPowerMonitor.emit('suspend');
    expect(appWindow.webContents.send).not.toHaveBeenCalled();
  });
});
