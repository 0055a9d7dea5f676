import { useEffect, useState } from 'react';
import { afterNextPaint } from '../../data/after-paint';

/**
 * True once a frame has been painted while `key` was current (null: never). The family page uses
 * it to draw what to do next first and the rest of the page in the frames after, so the rest's
 * reads, writes and layout are never paid before the next step is on screen.
 */
export function usePaintedFor(key: string | null): boolean {
  const [painted, setPainted] = useState<string | null>(null);
  useEffect(() => {
    if (key === null || painted === key) return;
    let live = true;
    afterNextPaint(() => {
      if (live) setPainted(key);
    });
    return () => {
      live = false;
    };
  }, [key, painted]);
  return key !== null && painted === key;
}
