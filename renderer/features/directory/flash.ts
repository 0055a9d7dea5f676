/** A one-line message carried to the next page in the router's state, e.g. "Sam Patel has been added". */
export interface FlashState {
  flash: string;
}

export function flashFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string') return state.flash;
  return null;
}

