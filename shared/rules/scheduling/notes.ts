import { bankHolidaysCover } from '../calendar-data';
import type { Search } from './search';

/** Things the chair should know about the data behind the times offered. */
export function notesFor(search: Search): string[] {
  const { input, days, invitees } = search;
  const notes: string[] = [];

  const uncovered = [...new Set(days.filter((d) => !bankHolidaysCover(d.date, input.bankHolidays)).map((d) => d.date.slice(0, 4)))];
  if (uncovered.length > 0) {
    const { firstYear, lastYear } = input.bankHolidays;
    notes.push(
      `The bank holiday list covers ${firstYear} to ${lastYear} only, so bank holidays in ${uncovered.join(' and ')} were not left out. Check those dates on gov.uk/bank-holidays, or update the list.`,
    );
  }

  const dependsOnTerms = invitees.some((p) => p.sources.some((s) => s.termTimeOnly === true));
  if (dependsOnTerms) {
    if (input.terms === undefined) {
      notes.push('No term dates were given, so school runs and school hours were taken to happen on every weekday, including the holidays.');
    } else {
      if (days.some((d) => d.term === 'unknown')) {
        notes.push('The term dates do not reach every day searched, so on those days school runs and school hours were taken to happen as usual.');
      }
      if (input.terms.isExample) {
        notes.push("The term dates are only an example: replace them with your area's or school's own before relying on the school holidays.");
      }
    }
  }

  if (!invitees.some((p) => p.family)) {
    notes.push('No one from the family is among the invitees. Ask the family when suits them before choosing a time.');
  }
  if (input.childShouldAttend && !invitees.some((p) => p.invitee.isChild === true)) {
    notes.push('The child should attend, but no child is among the invitees, so school hours were not checked.');
  }
  return notes;
}
