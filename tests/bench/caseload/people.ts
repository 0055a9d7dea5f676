/** One family's people: carers and children, with names drawn from one or two name groups. */
import type { Carer, Child } from '../../../shared/domain/family';
import { isoDate, dayNumber } from './dates';
import { NAME_GROUPS, RELATIONSHIPS, SCHOOLS } from './names';
import { chance, hexId, int, pick, type Random } from './random';

const OLDEST_BIRTH = dayNumber('2008-09-01');
const YOUNGEST_BIRTH = dayNumber('2024-08-31');

export interface People {
  surname: string;
  carers: Carer[];
  children: Child[];
}

/** An address-safe form of a name for a made-up email address (falls back for non-Latin scripts). */
function emailLocalPart(name: string, fallback: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
  return ascii === '' ? fallback : ascii;
}

function carer(random: Random, surname: string, index: number): Carer {
  const group = chance(random, 0.8) ? undefined : pick(random, NAME_GROUPS);
  const given = pick(random, (group ?? pick(random, NAME_GROUPS)).given);
  const name = `${given} ${surname}`;
  return {
    id: hexId(random),
    name,
    relationship: pick(random, RELATIONSHIPS),
    phone: chance(random, 0.85) ? `07700 900${int(random, 100, 999)}` : '',
    email: chance(random, 0.6) ? `${emailLocalPart(name, `carer${index}`)}@example.org` : '',
  };
}

function child(random: Random, givenNames: readonly string[], surname: string): Child {
  return {
    id: hexId(random),
    name: `${pick(random, givenNames)} ${surname}`,
    dateOfBirth: isoDate(int(random, OLDEST_BIRTH, YOUNGEST_BIRTH)),
    school: chance(random, 0.9) ? pick(random, SCHOOLS) : '',
  };
}

export function makePeople(random: Random): People {
  const group = pick(random, NAME_GROUPS);
  const surname = pick(random, group.family);
  const carerCount = chance(random, 0.45) ? 1 : chance(random, 0.9) ? 2 : 3;
  const childCount = int(random, 1, 4);
  return {
    surname,
    carers: Array.from({ length: carerCount }, (_, i) => carer(random, surname, i)),
    children: Array.from({ length: childCount }, () => child(random, group.given, surname)),
  };
}
