/** The unlock starts the families list's read only when the app opens on that list (0060). */
import { describe, expect, it } from 'vitest';
import { paths } from '../../../renderer/components/paths';
import { opensOnFamiliesList } from '../../../renderer/features/lock/first-screen';

describe('whether the app opens on the families list', () => {
  it('is so for the list, with or without a search', () => {
    expect(opensOnFamiliesList(`#${paths.families()}`)).toBe(true);
    expect(opensOnFamiliesList(`#${paths.families()}?q=smith`)).toBe(true);
  });

  it('is not so for home, a family, adding one or a new start', () => {
    expect(opensOnFamiliesList(`#${paths.home()}`)).toBe(false);
    expect(opensOnFamiliesList(`#${paths.family('0123456789abcdef0123456789abcdef')}`)).toBe(false);
    expect(opensOnFamiliesList(`#${paths.newFamily()}`)).toBe(false);
    expect(opensOnFamiliesList('')).toBe(false);
    expect(opensOnFamiliesList('#/')).toBe(false);
  });
});
