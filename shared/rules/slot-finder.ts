import { resolveRequest } from './scheduling/request';
import { runSearch } from './scheduling/search';
import { pickSlots } from './scheduling/scan';
import { buildSlot } from './scheduling/slot-build';
import { diagnose } from './scheduling/diagnosis';
import { notesFor } from './scheduling/notes';
import type { FindSlotsRequest, FindSlotsResult } from './scheduling/types';

export type {
  CannotCome,
  FindSlotsRequest,
  FindSlotsResult,
  Pronoun,
  ProposedSlot,
  SlotInvitee,
  Suggestion,
  SuggestionKind,
  WorkingHours,
} from './scheduling/types';

/**
 * Meeting times around the family's week. Families say nobody asks when suits them; this
 * starts from their answer.
 *
 * Slots come best first: those every family member can make, then those most invitees can
 * make, then the family's preferred times, then the soonest. Bank holidays are skipped;
 * evenings (until 20:00) and weekends are offered only if the family said they are fine.
 * When the child should attend, the child's school day is avoided in term time.
 * Times are wall-clock times in England: a 15:30 meeting is 15:30 in GMT and in BST.
 *
 * Pure and deterministic: the same request gives the same answer, whatever order the
 * invitees are listed in. `now` is passed in rather than read from the clock.
 */
export function findSlots(request: FindSlotsRequest): FindSlotsResult {
  const resolved = resolveRequest(request);
  if (!resolved.ok) return problem(resolved.message);
  const outcome = runSearch(resolved.value.input);
  if (!outcome.ok) return problem(outcome.message);
  const { search } = outcome;
  const { limit, maxPerDay, preferences } = resolved.value;

  const picked = pickSlots(search.result.candidates, search.input.settings.lengthMinutes, limit, maxPerDay);
  const slots = picked.map((c) => buildSlot(search, c, preferences));
  const notes = notesFor(search);
  if (search.result.familyFits > 0) return { slots, reason: null, suggestions: [], notes };
  const { reason, suggestions } = diagnose(search);
  return { slots, reason, suggestions, notes };
}

function problem(message: string): FindSlotsResult {
  return { slots: [], reason: message, suggestions: [{ kind: 'fix-request', text: message }], notes: [] };
}
