import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Action } from '../../../shared/domain/action';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { Attendee, VoiceImage } from '../../../shared/domain/meeting-record';
import { knownAs } from '../../../shared/domain/person';
import { formatLongDate, formatShortDate, parseUkDate, type IsoDate } from '../../../shared/rules/dates';
import { loadDefaultGlossary, type Glossary } from '../../../shared/rules/glossary';
import { ownerOptions, type OwnerOption } from '../../../shared/rules/meeting-run/actions-owner';
import { useRepositories } from '../../data/hooks/useRepositories';
import { usePractitioners } from '../directory';

let glossary: Glossary | undefined;
/** The shipped glossary, read once: plan warnings check action wording against it. */
export function actionsGlossary(): Glossary {
  glossary ??= loadDefaultGlossary();
  return glossary;
}

export interface FamilyActions {
  /** Every action of the family, live. */
  all: Action[];
  /** This meeting's actions, in the order they were agreed. */
  thisMeeting: Action[];
}

/** The family's actions, re-read whenever any action changes. `undefined` while loading. */
export function useFamilyActions(familyId: string, meetingId: string): FamilyActions | undefined {
  const { actions } = useRepositories();
  const all = useLiveQuery(() => actions.forFamily(familyId), [actions, familyId]);
  return useMemo(() => {
    if (!all) return undefined;
    const thisMeeting = all.filter((a) => a.meetingId === meetingId).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
    return { all, thisMeeting };
  }, [all, meetingId]);
}

/** The family's meetings, live, for saying which meeting an earlier action was agreed at. */
export function useFamilyMeetingList(familyId: string): PlannedMeeting[] | undefined {
  const { meetings } = useRepositories();
  return useLiveQuery(() => meetings.forFamily(familyId), [meetings, familyId]);
}

/** This meeting's pictures, live. */
export function useMeetingPictures(meetingId: string): VoiceImage[] | undefined {
  const { voiceImages } = useRepositories();
  return useLiveQuery(() => voiceImages.forMeeting(meetingId), [voiceImages, meetingId]);
}

/** Everyone who could own an action: the family, who came, the directory. */
export function useOwnerOptions(family: FamilyRecord, attendees: readonly Attendee[]): OwnerOption[] {
  const practitioners = usePractitioners();
  return useMemo(() => ownerOptions({ family, attendees, practitioners: practitioners ?? [] }), [family, attendees, practitioners]);
}

/** "Leo" for a child's id, or "The whole family". */
export function childWords(family: FamilyRecord, childId: string | null): string {
  const child = childId === null ? undefined : family.children.find((c) => c.id === childId);
  return child ? knownAs(child) : 'The whole family';
}

/** A child's name with an apostrophe s, as en-GB writes it: "Leo’s", "James’s". */
export function possessive(name: string): string {
  return `${name}’s`;
}

/** A stored date as the screen shows it in a box (23/11/2026), or ''. */
export function dateText(date: IsoDate | null): string {
  return date === null ? '' : formatShortDate(date);
}

/** What a typed date box means: empty, a date, or a problem to show. */
export function readDateText(text: string): { kind: 'empty' } | { kind: 'date'; date: IsoDate } | { kind: 'problem'; message: string } {
  if (text.trim() === '') return { kind: 'empty' };
  const parsed = parseUkDate(text);
  return parsed.ok ? { kind: 'date', date: parsed.date } : { kind: 'problem', message: parsed.message };
}

export const dueWords = (date: IsoDate | null): string => (date ? formatLongDate(date) : 'No date agreed');
