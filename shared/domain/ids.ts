import { bytesToHex } from '../bytes';

interface RandomSource {
  getRandomValues<T extends Uint8Array>(array: T): T;
}

// Web Crypto exists in Chromium, Electron and Node 20 alike; shared/ is compiled without DOM or Node
// types, so it is reached through a narrow structural type rather than a global declaration.
const random = (globalThis as unknown as { crypto: RandomSource }).crypto;

/** Random, unguessable record id: 128 bits as 32 lowercase hex characters. */
export function newId(): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  return bytesToHex(bytes);
}
