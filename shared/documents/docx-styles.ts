/**
 * Word styles and list numbering for render-docx. Headings are real Heading 1-3 styles with an
 * outline level, or LibreOffice and screen readers treat them as plain paragraphs.
 */
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, ShadingType, type INumberingOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { warningSizePt, type Layout } from './layout';

/** Style ids used by the block converters. */
export const STYLE = {
  caption: 'Caption',
  tableText: 'TableText',
  /** A stacked table's column name before its value: a character style, not bold on each run. */
  fieldLabel: 'FieldLabel',
  quote: 'Quote',
  quoteAttribution: 'QuoteAttribution',
  note: 'Note',
  noteImportant: 'NoteImportant',
  marking: 'Marking',
  pageLabel: 'PageLabel',
  warning: 'Warning',
} as const;

export const LIST_REFERENCE = { bulleted: 'team-bullets', numbered: 'team-numbers' } as const;

const TWIPS_PER_LEVEL = 567; // 1 cm
const halfPoints = (pt: number): number => Math.round(pt * 2);

function headingStyle(level: 1 | 2 | 3, layout: Layout, bodyPt: number): IParagraphStyleOptions {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { bold: true, size: halfPoints(bodyPt * (layout.font.headingScale[level - 1] ?? 1)), color: layout.colours.text },
    paragraph: {
      outlineLevel: level - 1,
      keepNext: true,
      keepLines: true,
      spacing: { before: level === 1 ? 360 : 240, after: 120 },
    },
  };
}

export function documentStyles(layout: Layout, bodyPt: number): IStylesOptions {
  const border = (colour: string, size: number) => ({ style: BorderStyle.SINGLE, size, color: colour, space: 6 });
  const noteStyle = (id: string, name: string, colour: string): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    paragraph: {
      indent: { left: 170, right: 170 },
      border: { left: border(colour, 36), top: border(colour, 6), bottom: border(colour, 6), right: border(colour, 6) },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFFFFF' },
    },
  });
  const lineTwips = Math.round(240 * layout.font.lineHeight);
  return {
    default: {
      document: {
        run: {
          font: layout.font.family,
          size: halfPoints(bodyPt),
          color: layout.colours.text,
          language: { value: 'en-GB' },
        },
        // lineRule said outright: LibreOffice reads a default line with none as exact, and a wrapped
        // heading's lines then overlap (the spec's default is auto, a multiple of the font's height).
        paragraph: { spacing: { after: 160, line: lineTwips, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      headingStyle(1, layout, bodyPt),
      headingStyle(2, layout, bodyPt),
      headingStyle(3, layout, bodyPt),
      {
        id: STYLE.caption,
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true },
        paragraph: { keepNext: true, spacing: { before: 120, after: 80 } },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: STYLE.quoteAttribution,
        quickFormat: true,
        run: { italics: true },
        paragraph: {
          indent: { left: 720, right: 720 },
          keepNext: true,
          spacing: { after: 60 },
          border: { left: border(layout.colours.quotation, 24) },
        },
      },
      {
        id: STYLE.quoteAttribution,
        name: 'Quote Attribution',
        basedOn: 'Normal',
        next: 'Normal',
        run: {},
        paragraph: { indent: { left: 720, right: 720 }, border: { left: border(layout.colours.quotation, 24) } },
      },
      noteStyle(STYLE.note, 'Note', layout.colours.note),
      noteStyle(STYLE.noteImportant, 'Note Important', layout.colours.important),
      {
        id: STYLE.marking,
        name: 'Protective Marking',
        basedOn: 'Normal',
        run: { bold: true, size: halfPoints(layout.marking.sizePt) },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0, line: 240 } },
      },
      {
        id: STYLE.pageLabel,
        name: 'Page Label',
        basedOn: 'Normal',
        run: { size: halfPoints(layout.marking.sizePt) },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0, line: 240 } },
      },
      {
        id: STYLE.warning,
        name: 'Draft Warning',
        basedOn: 'Normal',
        run: { bold: true, size: halfPoints(warningSizePt(layout)), color: layout.colours.draft },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0, line: 240 } },
      },
    ],
    characterStyles: [
      { id: STYLE.fieldLabel, name: 'Field Label', basedOn: 'DefaultParagraphFont', run: { bold: true } },
    ],
  };
}

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

export function documentNumbering(): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: TWIPS_PER_LEVEL * (level + 1), hanging: 360 } } });
  return {
    config: [
      {
        reference: LIST_REFERENCE.bulleted,
        levels: BULLETS.map((bullet, level) => ({ level, format: LevelFormat.BULLET, text: bullet, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
      {
        reference: LIST_REFERENCE.numbered,
        levels: NUMBER_FORMATS.map((format, level) => ({ level, format, text: `%${level + 1}.`, alignment: AlignmentType.LEFT, style: indent(level) })),
      },
    ],
  };
}
