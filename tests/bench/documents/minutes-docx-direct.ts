/**
 * The Word floor: the same minutes built straight with `docx`, with what any careful hand
 * would add (heading styles, bullets, a table with a repeating header row, a marking and
 * "Page X of Y" on every page), the same four font faces embedded (what a Word file that reads
 * the same on any machine needs), and none of the app's model, validation or styling.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { FLOOR_FONT_FAMILY, type FloorFonts } from './fonts';
import { ACTION_COLUMNS, actionCells, type MinutesContent } from './minutes-content';

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
const bullet = (text: string) => new Paragraph({ text, bullet: { level: 0 } });

export function directMinutesDocx(content: MinutesContent, fonts: FloorFonts): Document {
  const children: Array<Paragraph | Table> = [
    new Paragraph({ text: content.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph(content.subtitle),
    new Paragraph({ text: 'Who came', heading: HeadingLevel.HEADING_2 }),
    ...content.attendees.map(bullet),
  ];
  for (const section of content.sections) {
    children.push(new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }));
    children.push(...section.paragraphs.map((text) => new Paragraph(text)), ...section.points.map(bullet));
  }
  children.push(
    new Paragraph({ text: 'Actions agreed', heading: HeadingLevel.HEADING_2 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, children: ACTION_COLUMNS.map((c) => cell(c, true)) }),
        ...content.actions.map((a) => new TableRow({ children: actionCells(a).map((c) => cell(c)) })),
      ],
    }),
  );
  return new Document({
    title: content.title,
    creator: 'Siân Prydderch',
    styles: { default: { document: { run: { font: FLOOR_FONT_FAMILY } } } },
    // docx types the files as Buffer but only reads their bytes.
    fonts: [{ name: FLOOR_FONT_FAMILY, data: fonts.regular as Buffer, bold: fonts.bold as Buffer, italic: fonts.italic as Buffer, boldItalic: fonts.boldItalic as Buffer }],
    sections: [{
      headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, text: 'OFFICIAL-SENSITIVE' })] }) },
      footers: {
        default: new Footer({
          children: [
            new Paragraph({ alignment: AlignmentType.CENTER, text: 'OFFICIAL-SENSITIVE' }),
            new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] }),
          ],
        }),
      },
      children,
    }],
  });
}

export function directMinutesDocxBytes(content: MinutesContent, fonts: FloorFonts): Promise<Uint8Array> {
  return Packer.pack(directMinutesDocx(content, fonts), 'uint8array');
}
