import { readFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import { onOrAfter, today, type Day } from './clock';

interface Term {
  start: string;
  end: string;
  halfTerm?: { start: string; end: string };
}

function readTemplate<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../../../templates/calendar/${name}`, import.meta.url), 'utf8')) as T;
}

const bankHolidays = readTemplate<{ events: Array<{ date: string }> }>('bank-holidays-england-and-wales.json');
const termDates = readTemplate<{ years: Array<{ terms: Term[]; insetDays: string[] }> }>('term-dates-example.json');

/**
 * The shipped calendars (the data the app plans with), read so that tests can choose days that
 * are ordinary school days whatever date the fixed clock is set to.
 */
const holidays = new Set(bankHolidays.events.map((e) => e.date));

const within = (day: Day, from: string, to: string): boolean => Temporal.PlainDate.compare(day, Temporal.PlainDate.from(from)) >= 0 && Temporal.PlainDate.compare(day, Temporal.PlainDate.from(to)) <= 0;

export function isBankHoliday(day: Day): boolean {
  return holidays.has(day.toString());
}

/** A weekday in term, outside half-term, not an INSET day or a bank holiday. */
export function isSchoolDay(day: Day): boolean {
  if (day.dayOfWeek > 5 || isBankHoliday(day)) return false;
  for (const year of termDates.years) {
    if (year.insetDays.includes(day.toString())) return false;
    for (const term of year.terms) {
      if (!within(day, term.start, term.end)) continue;
      return !(term.halfTerm && within(day, term.halfTerm.start, term.halfTerm.end));
    }
  }
  return false;
}

/** The first Thursday at least `minDays` after today that is an ordinary school day, and the week around it too. */
export function schoolThursday(minDays = 10, from: Day = today()): Day {
  let day = onOrAfter(from.add({ days: minDays }), 4);
  for (let i = 0; i < 60; i++) {
    const week = [-3, -2, -1, 0, 1].map((d) => day.add({ days: d }));
    if (week.every(isSchoolDay)) return day;
    day = day.add({ days: 7 });
  }
  throw new Error(`No school Thursday in the shipped term dates after ${from.toString()}: extend templates/calendar/term-dates-example.json`);
}
