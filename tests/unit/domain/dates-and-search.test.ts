import { describe, expect, it } from 'vitest';
import { ageOn, formatLongDate, formatShortDate, todayInLondon } from '../../../shared/rules/dates';
import { safeTitle, searchKey } from '../../../shared/rules/text';
import { searchFamilies } from '../../../shared/rules/family-search';
import type { FamilyInput } from '../../../shared/domain/family';

describe('UK dates', () => {
  it('formats dates the UK way', () => {
    expect(formatLongDate('2026-11-23')).toBe('23 November 2026');
    expect(formatShortDate('2026-03-05')).toBe('05/03/2026');
  });

  it("uses England's date, not the machine's, around midnight and the clock change", () => {
    // 23:30 UTC on 31 March 2026 is 00:30 on 1 April in British Summer Time.
    expect(todayInLondon(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01');
    // In winter London is on UTC.
    expect(todayInLondon(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
  });

  it('counts age in whole years, including a leap-day birthday', () => {
    expect(ageOn('2016-11-23', '2026-11-22')).toBe(9);
    expect(ageOn('2016-11-23', '2026-11-23')).toBe(10);
    expect(ageOn('2016-02-29', '2027-02-28')).toBe(10);
  });
});

describe('text rules', () => {
  it('matches without accents or case, and treats curly and straight apostrophes alike', () => {
    expect(searchKey('Siobhán Ní Bhriain')).toBe('siobhan ni bhriain');
    expect(searchKey('O’Brien')).toBe("o'brien");
  });

  it('makes window titles and file names safe', () => {
    expect(safeTitle('Ahmed\u202E family\u0007 / minutes: draft')).toBe('Ahmed family minutes draft');
  });
});

describe('searchFamilies', () => {
  const f = (familyName: string, child: string, school = ''): FamilyInput => ({
    familyName,
    carers: [{ id: 'c0000000', name: 'Parent', relationship: '', phone: '', email: '' }],
    children: [{ id: 'k0000000', name: child, dateOfBirth: '2016-01-01', school }],
  });
  const families = [f('zed family', 'Zara'), f('Ahmed family', 'Yusuf', 'Hillside'), f('Évora family', 'Inês'), f('ahmed family', 'Adam')];

  it('sorts by family name regardless of case or accent, then by first child', () => {
    expect(searchFamilies(families, '').map((x) => `${x.familyName}/${x.children[0]?.name}`)).toEqual([
      'ahmed family/Adam',
      'Ahmed family/Yusuf',
      'Évora family/Inês',
      'zed family/Zara',
    ]);
  });

  it('needs every word to match somewhere in the family', () => {
    expect(searchFamilies(families, 'ahmed hill').map((x) => x.children[0]?.name)).toEqual(['Yusuf']);
    expect(searchFamilies(families, 'ines evora').map((x) => x.children[0]?.name)).toEqual(['Inês']);
    expect(searchFamilies(families, 'nobody')).toEqual([]);
  });
});
