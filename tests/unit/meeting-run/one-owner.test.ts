import { describe, expect, it } from 'vitest';
import { namesMoreThanOnePerson, ONE_OWNER_MESSAGE, oneOwnerCheck } from '../../../shared/rules/one-owner';

describe('one person owns an action', () => {
  it.each(['Mum and school', 'Priya / Tom', 'Priya/Tom', 'Dad & Gran', 'Dad&Gran', 'Sam Lee AND Ana Ruiz', 'Mum + Dad', 'Mum and/or Dad'])('“%s” names two people', (owner) => {
    expect(namesMoreThanOnePerson(owner)).toBe(true);
    expect(oneOwnerCheck(owner)).toBe(ONE_OWNER_MESSAGE);
  });

  it.each(['Ana Ruiz', 'Mum', 'Sam Lee, school nurse', 'Andrew Sanderson', 'Brandon', '', '   ', 'Mum /', '& Dad'])('“%s” is one person (or nobody yet)', (owner) => {
    expect(namesMoreThanOnePerson(owner)).toBe(false);
    expect(oneOwnerCheck(owner)).toBeUndefined();
  });

  it('a name the screen offers counts as one owner, even with “and” in it', () => {
    expect(namesMoreThanOnePerson('Children and Families Team', ['Children and Families Team'])).toBe(false);
    expect(namesMoreThanOnePerson('children  and families team ', ['Children and Families Team'])).toBe(false);
    expect(namesMoreThanOnePerson('Children and Families Team', ['Ana Ruiz'])).toBe(true);
  });

  it('the message is gentle and asks for the one person', () => {
    expect(ONE_OWNER_MESSAGE).toBe('An action works best with one person who makes sure it happens. Who is that?');
  });
});
