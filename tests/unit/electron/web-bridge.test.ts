/** The browser bridge (development and end-to-end runs): no OS key store and no OS lock events. */
import { describe, expect, it, vi } from 'vitest';
import { QUICK_UNLOCK_NEEDS_DESKTOP, createWebBridge } from '../../../renderer/bridge/web';
import { contract, events } from '../../../shared/contract';

// Nothing below touches the document; a stand-in proves it.
const bridge = createWebBridge({} as Document);

describe('web bridge: quick unlock', () => {
  it('says quick unlock is not available, and why, in words that pass the contract', async () => {
    const status = await bridge.quickUnlockStatus();
    expect(status).toEqual({ available: false, reason: 'Quick unlock needs the desktop app.' });
    expect(contract.quickUnlockStatus.response.safeParse(status).success).toBe(true);
  });

  it('refuses to store, load or forget, each with a result the contract accepts', async () => {
    const stored = await bridge.quickUnlockStore({ secret: 'c2VjcmV0' });
    const loaded = await bridge.quickUnlockLoad();
    const forgotten = await bridge.quickUnlockForget();
    expect(stored).toEqual({ status: 'refused', message: QUICK_UNLOCK_NEEDS_DESKTOP });
    expect(loaded).toEqual({ status: 'failed', message: QUICK_UNLOCK_NEEDS_DESKTOP });
    expect(forgotten).toEqual({ status: 'failed', message: QUICK_UNLOCK_NEEDS_DESKTOP });
    expect(contract.quickUnlockStore.response.safeParse(stored).success).toBe(true);
    expect(contract.quickUnlockLoad.response.safeParse(loaded).success).toBe(true);
    expect(contract.quickUnlockForget.response.safeParse(forgotten).success).toBe(true);
  });
});

describe('web bridge: onLockRequested', () => {
  it('is a no-op subscription: never calls back, and returns an unsubscribe that can be called', () => {
    const callback = vi.fn();
    const unsubscribe = bridge.onLockRequested(callback);
    expect(typeof unsubscribe).toBe('function');
    expect(() => unsubscribe()).not.toThrow();
    expect(callback).not.toHaveBeenCalled();
  });

  it('has every method the desktop bridge has', () => {
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(contract), ...Object.keys(events)].sort());
  });
});
