/** Where the family lives: one home for everyone, or (for some separated parents) two. */
import type { Carer, Child } from '../../../shared/domain/family';
import type { Household } from '../../../shared/domain/household';
import { chance, hexId, int, pick, type Random } from './random';

const STREETS = ['Elm Road', 'Heol y Castell', 'St Brigid’s Close', 'Ashworth Terrace', 'Mill Lane', 'Queen’s Walk', 'Bryn Derw'];
const TOWNS: ReadonlyArray<readonly [string, string]> = [
  ['Leeds', 'LS1 4AP'],
  ['Cardiff', 'CF10 1EP'],
  ['Bradford', 'BD1 1HY'],
  ['Swansea', 'SA1 3SN'],
  ['Luton', 'LU1 2BQ'],
  ['Peterborough', 'PE1 1XP'],
];

function home(random: Random, label: string, carers: readonly Carer[], children: readonly Child[]): Household {
  const [town, postcode] = pick(random, TOWNS);
  return {
    id: hexId(random),
    label,
    address: { line1: `${int(random, 1, 180)} ${pick(random, STREETS)}`, line2: chance(random, 0.2) ? `Flat ${int(random, 1, 40)}` : '', town, postcode },
    phone: chance(random, 0.2) ? `0113 496 0${int(random, 100, 999)}` : '',
    carerIds: carers.map((c) => c.id),
    childIds: children.map((c) => c.id),
  };
}

export function makeHouseholds(random: Random, carers: readonly Carer[], children: readonly Child[]): Household[] {
  const [first, second, ...rest] = carers;
  if (first !== undefined && second !== undefined && chance(random, 0.25)) {
    return [home(random, `${first.relationship}’s home`, [first, ...rest], children), home(random, `${second.relationship}’s home`, [second], children)];
  }
  return [home(random, 'Family home', carers, children)];
}
