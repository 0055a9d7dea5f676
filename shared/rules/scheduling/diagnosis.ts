import { Temporal } from 'temporal-polyfill';
import { dayName, minutesToClock } from '../clock';
import { andList } from '../../words/list';
import { formatLongDate } from '../dates';
import { runSearch, type Search, type SearchInput } from './search';
import type { PreparedInvitee } from './busy-days';
import type { Suggestion } from './types';
import { describeOneOffs, describeWeekly, durationWords, spanWords } from './words';

/**
 * When nothing fits everyone in the family: say why, from their own timetables, and what
 * would help, having checked that it really would.
 */

export interface Diagnosis {
  reason: string;
  suggestions: Suggestion[];
}

export function diagnose(search: Search): Diagnosis {
  const suggestions = suggestionsFor(search);
  const problem = search.result.candidates.length === 0 ? noTimesProblem(search) : familyProblem(search);
  const first = suggestions[0];
  return { reason: first === undefined ? problem : `${problem} ${first.text}`, suggestions };
}

function noTimesProblem(search: Search): string {
  const { input, days, result } = search;
  const s = input.settings;
  if (days.every((d) => d.date < s.nowDate) || (result.openDays === 0 && days.every((d) => d.date <= s.nowDate))) {
    return 'All of the days searched have already passed.';
  }
  const window = (s.evenings ? s.eveningEnd : s.workEnd) - s.workStart;
  if (s.lengthMinutes > window) {
    return `A ${durationWords(s.lengthMinutes)} meeting does not fit between ${minutesToClock(s.workStart)} and ${minutesToClock(s.workStart + window)}.`;
  }
  const holidays = [...new Set(days.filter((d) => d.date >= s.nowDate && d.bankHoliday !== undefined).map((d) => d.bankHoliday ?? ''))];
  const closed: string[] = [];
  if (holidays.length > 0) closed.push(`a bank holiday (${andList(holidays)})`);
  if (result.weekends > 0) closed.push('a weekend');
  if (closed.length === 0) return 'All of the times searched have already passed.';
  const weekendWords = result.weekends > 0 ? ', and the family has not said weekends are fine' : '';
  const every = days.length === 1 ? 'it is' : 'every day left is';
  return `There are no meeting times in ${spanWords(days.length)}: ${every} ${closed.join(' or ')}${weekendWords}.`;
}

function familyProblem(search: Search): string {
  const { invitees, result, days } = search;
  const span = spanWords(days.length);
  const family = invitees.map((p, i) => ({ p, i })).filter(({ p }) => p.family);
  const blockers = family.filter(({ i }) => result.freeSomewhere[i] !== true);
  if (blockers.length > 0) {
    return `No time in ${span} fits everyone in the family: ${blockers.map(({ p, i }) => describeMember(search, p, i)).join('; ')}.`;
  }
  const busy = family.filter(({ i }) => (result.clashes[i]?.size ?? 0) > 0);
  return `No time in ${span} fits everyone in the family at once: ${busy.map(({ p, i }) => describeMember(search, p, i)).join('; ')}.`;
}

/** "Mum works every weekday until 18:00 and does the school run every weekday from 15:00 to 15:30 in term time" */
function describeMember(search: Search, p: PreparedInvitee, i: number): string {
  if (p.invitee.keepTimetablePrivate === true) return `${p.invitee.name} is not free at the times searched`;
  const s = search.input.settings;
  const windowEnd = s.evenings ? s.eveningEnd : s.workEnd;
  const hits = [...(search.result.clashes[i] ?? [])].sort((a, b) => a - b);
  const sources = hits.map((h) => p.sources[h]).filter((x) => x !== undefined);
  const weekly = sources.filter((x) => x.date === undefined).slice(0, 3).map((x) => describeWeekly(x, s.workStart, windowEnd));
  const oneOff = describeOneOffs(sources);
  const phrases = oneOff === '' ? weekly : [...weekly, oneOff];
  if (phrases.length === 0) return `${p.invitee.name} is busy at every time searched`;
  return `${p.invitee.name} ${andList(phrases)}`;
}

function suggestionsFor(search: Search): Suggestion[] {
  const base = search.input;
  const s = base.settings;
  const out: Suggestion[] = [];
  const fits = (change: Partial<SearchInput>, settings: Partial<SearchInput['settings']> = {}): Search | null => {
    const outcome = runSearch({ ...base, ...change, settings: { ...s, ...settings } });
    return outcome.ok && outcome.search.result.familyFits > 0 ? outcome.search : null;
  };

  const evenings = !s.evenings && fits({}, { evenings: true }) !== null;
  const weekends = !s.weekends && fits({}, { weekends: true }) !== null;
  if (evenings) out.push({ kind: 'allow-evenings', text: `Try allowing evenings (meetings until ${minutesToClock(s.eveningEnd)}).` });
  if (weekends) out.push({ kind: 'allow-weekends', text: 'Try allowing weekends.' });
  if (!evenings && !weekends && !s.evenings && !s.weekends && fits({}, { evenings: true, weekends: true }) !== null) {
    out.push({ kind: 'allow-evenings-and-weekends', text: 'Try allowing evenings and weekends.' });
  }

  const shorter = s.lengthMinutes > 60 ? 60 : s.lengthMinutes > 30 ? 30 : null;
  if (shorter !== null && fits({}, { lengthMinutes: shorter }) !== null) {
    out.push({ kind: 'shorter-meeting', text: `A ${durationWords(shorter)} meeting would fit: try a shorter meeting.` });
  }

  const children = search.invitees.filter((p) => p.invitee.isChild === true).map((p) => p.invitee.name);
  if (base.childShouldAttend && children.length > 0 && fits({ childShouldAttend: false }) !== null) {
    const who = andList(children);
    out.push({
      kind: 'child-joins-differently',
      text: `Without ${who} there, there are times that fit: ${who} could join for part of the meeting, or share their views another way.`,
    });
  }

  const later = furtherAhead(base, fits);
  if (later !== null) out.push({ kind: 'look-further-ahead', text: later });

  out.push({ kind: 'ask-the-family', text: 'Ask the family when suits them: their week may have changed since it was written down.' });
  return out;
}

function furtherAhead(base: SearchInput, fits: (change: Partial<SearchInput>) => Search | null): string | null {
  const from = Temporal.PlainDate.from(base.from);
  const to = Temporal.PlainDate.from(base.to);
  const span = from.until(to).days + 1;
  const nextFrom = to.add({ days: 1 });
  const found = fits({ from: nextFrom.toString(), to: nextFrom.add({ days: span - 1 }).toString() });
  if (found === null) return null;
  let best: { day: number; minute: number } | null = null;
  for (const c of found.result.candidates) {
    if (!c.fitsFamily) continue;
    if (best === null || c.day < best.day || (c.day === best.day && c.minute < best.minute)) best = c;
  }
  const day = best === null ? undefined : found.days[best.day];
  if (best === null || day === undefined) return null;
  return `Try looking further ahead: the first time that fits the family is ${dayName(day.day)} ${formatLongDate(day.date)} at ${minutesToClock(best.minute)}.`;
}
