import { describe, expect, it } from 'vitest';
import { countOf, resultLine, searchPractitioners, searchServices } from '../../../renderer/features/directory/search';
import type { LocalService, Practitioner } from '../../../shared/domain/directory';

const person = (name: string, role: string, agency: string): Practitioner => ({ id: `id-${name.length}-${role.length}xx`, name, role, agency, phone: '', secureEmail: '' });
const people = [
  person('محمد الحسن', 'Housing officer', 'Housing, Leeds'),
  person('Ștefan Rădulescu', 'Youth worker', 'Youth Service'),
  person('Aoife O’Brien', 'School nurse', 'Leeds Community Healthcare'),
  person('Siobhán Ní Bhriain', 'Family support worker', 'Early Help Hub'),
];

const service = (name: string, offer: string, forWhom: string): LocalService => ({
  id: `svc-${name.length}-xxxxx`,
  name,
  offer,
  forWhom,
  howToRefer: 'Ring us',
  phone: '',
  email: '',
  website: '',
  notes: '',
});

describe('searchPractitioners', () => {
  it('sorts by name when there is no search', () => {
    expect(searchPractitioners(people, '  ').map((p) => p.name)).toEqual(['Aoife O’Brien', 'Siobhán Ní Bhriain', 'Ștefan Rădulescu', 'محمد الحسن']);
  });

  it('ignores case, accents and curly apostrophes', () => {
    expect(searchPractitioners(people, 'STEFAN').map((p) => p.name)).toEqual(['Ștefan Rădulescu']);
    expect(searchPractitioners(people, 'siobhan').map((p) => p.name)).toEqual(['Siobhán Ní Bhriain']);
    expect(searchPractitioners(people, "o'brien").map((p) => p.name)).toEqual(['Aoife O’Brien']);
  });

  it('matches every word across name, role and agency', () => {
    expect(searchPractitioners(people, 'leeds').map((p) => p.name)).toEqual(['Aoife O’Brien', 'محمد الحسن']);
    expect(searchPractitioners(people, 'leeds nurse').map((p) => p.name)).toEqual(['Aoife O’Brien']);
    expect(searchPractitioners(people, 'الحسن').map((p) => p.name)).toEqual(['محمد الحسن']);
    expect(searchPractitioners(people, 'nobody')).toEqual([]);
  });

  it('does not change the list it was given', () => {
    const copy = [...people];
    searchPractitioners(people, '');
    expect(people).toEqual(copy);
  });
});

describe('searchServices', () => {
  it('finds services by what they offer and who they are for', () => {
    const services = [service('Stay and Play', 'Play sessions', 'Children under 5'), service('Citizens Advice', 'Debt advice', 'Anyone')];
    expect(searchServices(services, 'debt').map((s) => s.name)).toEqual(['Citizens Advice']);
    expect(searchServices(services, 'under 5').map((s) => s.name)).toEqual(['Stay and Play']);
    expect(searchServices(services, '').map((s) => s.name)).toEqual(['Citizens Advice', 'Stay and Play']);
  });
});

describe('the result line', () => {
  it('counts in plain words', () => {
    expect(countOf(1, 'practitioner', 'practitioners')).toBe('1 practitioner');
    expect(countOf(12, 'practitioner', 'practitioners')).toBe('12 practitioners');
    expect(resultLine(0, 0, '', 'practitioner', 'practitioners')).toBe('No practitioners yet.');
    expect(resultLine(0, 0, 'sam', 'local service', 'local services')).toBe('No local services yet.');
    expect(resultLine(4, 4, '', 'practitioner', 'practitioners')).toBe('4 practitioners.');
    expect(resultLine(1, 4, ' stefan ', 'practitioner', 'practitioners')).toBe('1 of 4 practitioners match “stefan”.');
    expect(resultLine(0, 1, 'x', 'practitioner', 'practitioners')).toBe('0 of 1 practitioner matches “x”.');
  });
});
