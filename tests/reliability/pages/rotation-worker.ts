/** The key rotation of one run, in a worker the page can terminate part way (see ../browser/key-rotation.ts). */
import { rotateUntilInterrupted, type RotationKeys } from '../browser/key-rotation';

self.onmessage = (event: MessageEvent<{ run: number; rows: number; keys: RotationKeys }>) => {
  const { run, rows, keys } = event.data;
  rotateUntilInterrupted(run, rows, keys, (done) => self.postMessage({ done })).then(
    () => self.postMessage({ finished: true }),
    (error: unknown) => self.postMessage({ failed: error instanceof Error ? error.message : String(error) }),
  );
};
