/** How an action's date is typed, in the action and in quick entry: short, numeric, not filled in by the browser. */
export const DATE_TYPING = { hint: 'For example, 23/11/2026', width: 'short', autoComplete: 'off', inputMode: 'numeric' } as const;

/** A name or a short phrase typed during the meeting (an owner, a need, who gathered a child's views). */
export const PHRASE_TYPING = { autoComplete: 'off', width: 'medium', maxLength: 300 } as const;
