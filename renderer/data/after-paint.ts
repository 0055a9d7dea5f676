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
