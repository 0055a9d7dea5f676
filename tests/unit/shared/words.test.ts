import { describe, expect, it } from 'vitest';
import { andList, capitalise, countWords, orList } from '../../../shared/words';

describe('andList', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
    [['Ana', 'Tom', 'Leo', 'Sam'], 'Ana, Tom, Leo and Sam'],
  ])('%j → %j', (items, text) => {
    expect(andList(items)).toBe(text);
  });

  it('keeps each item as it is, commas and all', () => {
    expect(andList(['1 family record', '2 plans, closed', 'مريم'])).toBe('1 family record, 2 plans, closed and مريم');
  });
});

describe('orList', () => {
  it.each([
    [[], ''],
    [['phone'], 'phone'],
    [['phone', 'email'], 'phone or email'],
    [['phone', 'email', 'text'], 'phone, email or text'],
  ])('%j → %j', (items, text) => {
    expect(orList(items)).toBe(text);
  });
});

describe('capitalise', () => {
  it('changes only the first letter', () => {
    expect(capitalise('the family GP')).toBe('The family GP');
    expect(capitalise('')).toBe('');
    expect(capitalise('élodie')).toBe('Élodie');
  });
});

describe('countWords', () => {
  it('says one and many, with thousands separated', () => {
    expect(countWords(1, 'plan')).toBe('1 plan');
    expect(countWords(3, 'plan')).toBe('3 plans');
    expect(countWords(2000, 'entry', 'entries')).toBe('2,000 entries');
  });
});
