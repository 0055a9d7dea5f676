import { BRIDGE_GLOBAL, type Bridge } from '../../shared/contract';
import { createWebBridge } from './web';

let bridge: Bridge | undefined;

/** The desktop bridge exposed by the preload when running in Electron, otherwise the browser one. */
export function getBridge(): Bridge {
  if (!bridge) {
    const exposed = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
    bridge = exposed ?? createWebBridge();
  }
  return bridge;
}
