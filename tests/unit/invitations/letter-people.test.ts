/**
 * The family letter, read back from Word: each role explained in plain words from the glossary,
 * and the sentence about agreeing to the support true for the person the letter is to.
 */
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../shared/documents/render-docx';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import { roleInPlainWords } from '../../../shared/documents/invitation/role-words';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import { earlyHelp, given, refused } from '../shared/consent-fixtures';
import { ids, letterInput, meeting } from './fixtures';
import { wordText } from './read-back';

const today = '2026-11-20';
const glossary = loadDefaultGlossary();
const read = async (input: Parameters<typeof invitationLetter>[0]) => (await wordText(await renderDocx(invitationLetter(input, { today })))).replace(/\s+/g, ' ');

describe('"What they do" in plain words', () => {
  it('spells out an abbreviation and explains a role the glossary knows, and keeps the rest as typed', () => {
    expect(roleInPlainWords('Health visitor', glossary)).toBe('Health visitor. A nurse who helps families with babies and young children, up to age 5.');
    expect(roleInPlainWords('dsl', glossary)).toMatch(/^dsl \(Designated Safeguarding Lead\)\. The person at school whose job is to keep children safe\./);
    expect(roleInPlainWords('Designated Safeguarding Lead', glossary)).toMatch(/^Designated Safeguarding Lead\. The person at school whose job is to keep children safe\./);
    expect(roleInPlainWords('Class teacher', glossary)).toBe('Class teacher');
    expect(roleInPlainWords('School nurse: looks after health in school', glossary)).toBe('School nurse: looks after health in school');
  });

  it("explains each person's role, and the chair's, in the family's letter", async () => {
    const base = meeting();
    const invitees = [...base.invitees, { id: 'prac-hv-00001', name: 'Grace Obi', role: 'Health visitor', agency: 'Kirkby Community Health' }];
    const letter = await read(letterInput(ids.mum, { meeting: { ...base, invitees } }));
    expect(letter).toContain('Grace Obi');
    expect(letter).toContain('Health visitor. A nurse who helps families with babies and young children, up to age 5.');
    expect(letter).toContain('Family support worker. A person who comes to help your family with day-to-day things');
    expect(letter).toContain('Your lead professional: runs the meeting.');
  });
});

describe('the sentence about agreeing to the support', () => {
  const mumRef = { personId: ids.mum, name: 'Siobhán Ní Bhriain', role: 'Mum' };

  it('tells Mum she agreed, when she did', async () => {
    const letter = await read(letterInput(ids.mum, { consents: [given(earlyHelp, '2026-10-01', { by: mumRef })] }));
    expect(letter).toContain('This support is called early help. You agreed to it, and you can ask questions about it at any time.');
  });

  it('does not tell Dad he agreed when it was Mum', async () => {
    const letter = await read(letterInput(ids.dad, { consents: [given(earlyHelp, '2026-10-01', { by: mumRef })] }));
    expect(letter).toContain('This support is called early help. Siobhán Ní Bhriain agreed to it for your family, and you can ask questions about it at any time.');
    expect(letter).not.toContain('You agreed to it');
  });

  it('says it is their choice when nobody has agreed, or the family said no', async () => {
    const none = await read(letterInput(ids.mum, { consents: [] }));
    expect(none).toContain('This support is called early help. You can choose whether to have it, and you can ask questions about it at any time.');
    const no = await read(letterInput(ids.mum, { consents: [given(earlyHelp, '2026-10-01', { by: mumRef }), refused(earlyHelp, '2026-11-01', { by: mumRef })] }));
    expect(no).toContain('You can choose whether to have it');
    expect(no).not.toContain('You agreed to it');
    const child = await read(letterInput(ids.amir, { consents: [] }));
    expect(child).toContain('Your family can choose whether to have it');
  });
});
