/** How long a meeting lasts, in words. Its dates and times are shared/time/london.ts. */

/** "1 hour", "1 hour and 30 minutes", "45 minutes" */
export function lengthWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : `${hours} hour${hours === 1 ? '' : 's'}`;
  const m = rest === 0 ? '' : `${rest} minutes`;
  return h && m ? `${h} and ${m}` : h || m;
}
