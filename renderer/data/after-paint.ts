/**
 * Runs `task` once the next frame has been painted: a frame callback, then a task after it, so
 * whatever the task costs is never paid between a key press and the character on screen. A hidden
 * window paints no frames, so the task also runs after `fallbackMs` if no frame has come by then.
 */
export function afterNextPaint(task: () => void, fallbackMs = 100): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    clearTimeout(fallback);
    task();
  };
  const fallback = setTimeout(run, fallbackMs);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * Runs `load` once the screen now shown has painted and the page is idle (or after half a second
 * at most), so fetching and running code ahead of need never holds up a frame or a key press.
 * Returns a cancel. A failed load is left for the moment the code is needed, which reports it.
 */
export function loadWhenIdle(load: () => Promise<unknown>): () => void {
  let idle = 0;
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(() => void load().catch(() => undefined), { timeout: 500 });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== 0) cancelIdleCallback(idle);
  };
}
