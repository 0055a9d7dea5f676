import type { Params } from 'react-router';

/** A route's `handle` may name reads to start as soon as the address moves to it. */
export interface PrefetchHandle {
  prefetch: (params: Params) => void;
}

function isPrefetchHandle(handle: unknown): handle is PrefetchHandle {
  return typeof handle === 'object' && handle !== null && 'prefetch' in handle && typeof handle.prefetch === 'function';
}

/**
 * Starts the reads of each matched route that names some, the moment the router takes a new
 * address: before React renders the page, which then finds them under way (decision record 0050).
 * A router state listener rather than a route loader: a loader adds a "loading" state, so a
 * second render of the shell, to every move.
 */
export function prefetchRouteData(state: { matches: readonly { route: { handle?: unknown }; params: Params }[] }): void {
  for (const match of state.matches) {
    if (isPrefetchHandle(match.route.handle)) match.route.handle.prefetch(match.params);
  }
}
