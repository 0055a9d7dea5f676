/**
 * Who each person at the meeting is, in plain words, so the family knows why they are there:
 * "Class teacher at Oak Primary School", "DSL (Designated Safeguarding Lead) at Oak Primary School".
 * Abbreviations are spelt out and known roles explained from the glossary.
 */
import type { Attendee } from '../../domain/meeting-record';
import { lookUpTerm, type Glossary } from '../glossary';

const FALLBACK: Record<Attendee['kind'], string> = {
  family: 'Family member',
  child: 'Child or young person',
  practitioner: 'Practitioner',
  other: 'Someone supporting the family',
};

/** The role as said in the room, with any abbreviation spelt out, and the agency after "at". */
export function roleWords(attendee: Pick<Attendee, 'kind' | 'role' | 'agency'>, glossary: Glossary): string {
  const role = attendee.role.trim();
  const term = role ? lookUpTerm(glossary, role) : undefined;
  const said = role === '' ? FALLBACK[attendee.kind] : term?.abbreviationOf ? `${role} (${term.abbreviationOf})` : role;
  const agency = attendee.agency.trim();
  return agency ? `${said} at ${agency}` : said;
}

/** What the role means, when the glossary explains it: "A nurse who visits families with young children…". */
export function roleExplanation(attendee: Pick<Attendee, 'role'>, glossary: Glossary): string | null {
  const role = attendee.role.trim();
  return role ? (lookUpTerm(glossary, role)?.plain ?? null) : null;
}
