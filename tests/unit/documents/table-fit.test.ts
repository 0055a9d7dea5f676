/** Table columns fitted to their words, the same for Word and PDF. */
import { describe, expect, it } from 'vitest';
import { documentOf, table } from '../../../shared/documents/builders';
import { defaultLayout } from '../../../shared/documents/layout';
import type { TableBlock } from '../../../shared/documents/model';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';
import { keepDatesTogether, tableFit } from '../../../shared/documents/table-fit';
import { allDocxXml } from '../invitations/read-back';

const meta = (largePrint: boolean) => ({ title: 'Plan', author: 'Sam Patel', subject: '', kind: 'action-plan' as const, marking: 'OFFICIAL', largePrint });
const actions = table(
  'The action plan',
  ['Action', 'For which child and need', 'Who', 'By when', 'How we will know', 'Status'],
  [['Arrange a multidisciplinary conversation', 'Amir Haddad: Communication', 'Oluwaseun Adebayo-Montgomery', '14 December 2026', 'Confirmation in writing', 'Not started']],
  [4, 2, 2, 2, 3, 1],
);
const everyday = table(
  'The action plan',
  ['Action', 'For which child and need', 'Who', 'By when', 'How we will know', 'Status'],
  [['Set up a bedtime chart', 'Amir: Sleep', 'Siobhán Ó Súilleabháin', '14 December 2026', 'Amir is asleep by 8pm', 'Not started']],
  [4, 2, 2, 2, 3, 1],
);
const tableOf = (largePrint: boolean, block = actions) => documentOf(meta(largePrint), [block]).blocks[0] as TableBlock;

describe('fitting a table to its words', () => {
  it('keeps a date’s day and month together, and leaves other numbers alone', () => {
    expect(keepDatesTogether('By 14 December 2026, or 3 Jan')).toBe('By 14\u00A0December 2026, or 3\u00A0Jan');
    expect(keepDatesTogether('Score 7 out of 10')).toBe('Score 7 out of 10');
  });

  it('widens a column the requested widths would make narrower than its longest word, taking room from the rest', () => {
    const fit = tableFit(tableOf(false, everyday), defaultLayout, 12);
    if (fit.stacked) throw new Error('The everyday table was stacked.');
    expect(fit.shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    // Asked for 1/14 of the line, "Status" and "started" get more; "14 December" more than 2/14.
    expect(fit.shares[5]).toBeGreaterThan(1 / 14);
    expect(fit.shares[3]).toBeGreaterThan(2 / 14);
    expect(fit.shares[0]).toBeLessThan(4 / 14);
  });

  it('stacks a table whose words cannot sit side by side in large print as one record per row, in Word and PDF alike', async () => {
    expect(tableFit(tableOf(true), defaultLayout, 16).stacked).toBe(true);
    const doc = documentOf(meta(true), [actions]);
    const html = renderHtml(doc);
    expect(html).toContain('<table class="stacked">');
    expect(html).toContain('<tr><td><b>Action:</b> Arrange a multidisciplinary conversation<br><b>For which child and need:</b> Amir Haddad: Communication<br><b>Who:</b> Oluwaseun Adebayo-Montgomery<br>');
    expect(html).not.toContain('<thead>');
    const xml = await allDocxXml(await renderDocx(doc));
    expect(xml).not.toContain('<w:tblHeader/>');
    // One row, one cell and one paragraph for the record; each column name in the bold Field Label style, on a line of its own.
    expect(xml.match(/<w:tr>/g)).toHaveLength(1);
    expect(xml.match(/<w:tc>/g)).toHaveLength(1);
    expect(xml.match(/<w:rStyle w:val="FieldLabel"\/>/g)).toHaveLength(6);
    expect(xml.match(/<w:br\/>/g)).toHaveLength(5);
    expect(xml).toContain('<w:t xml:space="preserve">Who: </w:t></w:r><w:r><w:t xml:space="preserve">Oluwaseun Adebayo-Montgomery</w:t>');
    expect(xml).toMatch(/<w:style w:type="character" w:styleId="FieldLabel">.*?<w:b\/>/);
    expect(xml).not.toContain('<w:keepNext w:val="false"/>');
  });

  it('keeps the columns, with a repeated header row that keeps with the next row, when the words fit', async () => {
    const doc = documentOf(meta(false), [everyday]);
    expect(renderHtml(doc)).toContain('<thead><tr><th scope="col">Action</th>');
    const xml = await allDocxXml(await renderDocx(doc));
    const header = /<w:tr>.*?<\/w:tr>/.exec(xml)?.[0] ?? '';
    expect(header).toContain('<w:tblHeader/>');
    expect(header).toContain('<w:keepNext/>');
  });
});
