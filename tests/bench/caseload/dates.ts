/** Plain date arithmetic for test data: whole days since 1970-01-01, written as ISO dates. */
const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** An instant on that day, as the app stores timestamps. */
export function isoInstant(day: number, minuteOfDay: number): string {
  return new Date(day * DAY_MS + minuteOfDay * 60_000).toISOString();
}

function lastSundayOf(year: number, monthIndex: number): number {
  const last = Date.UTC(year, monthIndex + 1, 0);
  return Math.round(last / DAY_MS) - new Date(last).getUTCDay();
}

/** Whether a day is in British Summer Time (from the last Sunday in March to the last in October). */
export function isBritishSummerTime(day: number): boolean {
  const year = new Date(day * DAY_MS).getUTCFullYear();
  return day >= lastSundayOf(year, 2) && day < lastSundayOf(year, 9);
}

/** A wall-clock time in England, in the form meetings store: 2026-11-23T16:00:00+00:00[Europe/London]. */
export function londonDateTime(day: number, minuteOfDay: number): string {
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
  const mm = String(minuteOfDay % 60).padStart(2, '0');
  const offset = isBritishSummerTime(day) ? '+01:00' : '+00:00';
  return `${isoDate(day)}T${hh}:${mm}:00${offset}[Europe/London]`;
}
