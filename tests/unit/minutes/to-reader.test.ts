import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/documents/render-docx';
import { toReader } from '../../../shared/minutes/child-words';
import { minutesContent } from '../../../shared/minutes/content';
import { childLetterDocument } from '../../../shared/minutes/documents';
import { wordText } from '../invitations/read-back';
import { ids, input } from './fixtures';

const NAMES = ['Amir Haddad', 'Amir'];

describe('a letter to a child speaks to them', () => {
  it('turns their name into "you", with the verb to match', () => {
    expect(toReader('check Amir sees the school nurse about sleep', NAMES)).toBe('check you see the school nurse about sleep');
    expect(toReader('Amir Haddad goes to breakfast club', NAMES)).toBe('You go to breakfast club');
    expect(toReader('help Amir with Amir’s reading', NAMES)).toBe('help you with your reading');
    expect(toReader('ask if Amir is sleeping better. Amir has a new bed', NAMES)).toBe('ask if you are sleeping better. You have a new bed');
    expect(toReader('talk to Amira about the bus', NAMES)).toBe('talk to Amira about the bus');
  });

  it('in the letter read back from Word', async () => {
    const letter = childLetterDocument(minutesContent(input()), ids.amir, { draft: false });
    const text = await wordText(await renderDocx(letter));
    expect(text).toContain('The school nurse will check you see them about sleep, by 7 December 2026');
    expect(text).not.toContain('check Amir');
  });
});
