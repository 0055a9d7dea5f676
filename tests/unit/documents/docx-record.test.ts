/** A stacked table's record, written as XML objects directly, is the XML docx's own components write for it. */
import JSZip from 'jszip';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describe, expect, it } from 'vitest';
import { RecordRow } from '../../../shared/documents/docx-record';
import type { Cell } from '../../../shared/documents/model';
import { cleanLine, cleanText } from '../../../shared/documents/sanitise';
import { keepDatesTogether } from '../../../shared/documents/table-fit';

const WIDTH = 9637;
const labels: Cell[] = [[{ text: 'Action' }], [{ text: 'By\twhen' }], [{ text: 'Who' }], [{ text: 'How we will know' }]];
const record: Cell[] = [
  [{ text: 'Bold ', bold: true }, { text: 'it\u0001alic\nsecond <&> "q" \'a\' line', italic: true }, { text: 'both', bold: true, italic: true }],
  [{ text: '14 December 2026' }],
  [],
  [{ text: 'a\r\nb \u{1F600} x\ty' }],
];

/** The record as docx components, as docx-blocks built it before it was written directly. */
function componentRow(): TableRow {
  const runs = record.flatMap((value, i) => [
    new TextRun({ text: `${cleanLine((labels[i] ?? []).map((run) => run.text).join(''))}: `, style: 'FieldLabel', ...(i > 0 ? { break: 1 } : {}) }),
    ...value.flatMap((run) => cleanText(keepDatesTogether(run.text)).split('\n').map((line, index) => new TextRun({
      text: line,
      ...(run.bold ? { bold: true } : {}),
      ...(run.italic ? { italics: true } : {}),
      ...(index > 0 ? { break: 1 } : {}),
    }))),
  ]);
  return new TableRow({ cantSplit: true, children: [new TableCell({ children: [new Paragraph({ style: 'TableText', children: runs })] })] });
}

async function documentXml(row: TableRow): Promise<string> {
  const table = new Table({ rows: [row], width: { size: WIDTH, type: WidthType.DXA }, columnWidths: [WIDTH] });
  const bytes = await Packer.pack(new Document({ sections: [{ children: [table] }] }), 'uint8array');
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string') ?? '';
}

describe('a stacked record written directly', () => {
  it('is, byte for byte, what docx writes for the same runs: labels, bold and italic values, line breaks, escaped and cleaned text', async () => {
    const direct = await documentXml(new RecordRow(labels, record, WIDTH, 'TableText', 'FieldLabel'));
    expect(direct).toBe(await documentXml(componentRow()));
    expect(direct).toContain('<w:r><w:rPr><w:rStyle w:val="FieldLabel"/></w:rPr><w:br/><w:t xml:space="preserve">By when: </w:t></w:r><w:r><w:t xml:space="preserve">14\u00A0December 2026</w:t></w:r>');
    expect(direct).toContain('second &lt;&amp;&gt; &quot;q&quot; &apos;a&apos; line');
    expect(direct).not.toContain('\u0001');
  });
});
