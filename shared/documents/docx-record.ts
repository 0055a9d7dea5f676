/**
 * A stacked table's record (one row, one cell, one paragraph, a line per column) written as the
 * XML objects docx's own components would give, byte for byte, without building those components:
 * a 60-action plan is some 800 runs, and making and walking docx's objects for each of them was
 * most of the Word file's cost beyond the floor's (record 0061). The row is still a docx TableRow,
 * with no cells of its own, so the table around it works as before.
 */
import { TableRow, type IContext, type IXmlableObject } from 'docx';
import type { Cell, Run } from './model';
import { cleanLine, cleanText } from './sanitise';
import { keepDatesTogether } from './table-fit';

type Xml = IXmlableObject;

const EMPTY = {};
const PRESERVE = { _attr: { 'xml:space': 'preserve' } };
const BOLD: Xml[] = [{ 'w:b': EMPTY }, { 'w:bCs': EMPTY }];
const ITALIC: Xml[] = [{ 'w:i': EMPTY }, { 'w:iCs': EMPTY }];

/** What `new TextRun({ text, style?, bold?, italics?, break? })` writes. */
function run(text: string, props: Xml[], lineBreak: boolean): Xml {
  const children: Xml[] = [];
  if (props.length > 0) children.push({ 'w:rPr': props });
  if (lineBreak) children.push({ 'w:br': EMPTY });
  children.push({ 'w:t': [PRESERVE, text] });
  return { 'w:r': children };
}

/** A value's runs as docx-blocks' textRuns writes them: a line break for each newline. */
function valueRuns(cell: Cell, out: Xml[]): void {
  for (const part of cell as readonly Run[]) {
    const props = [...(part.bold ? BOLD : []), ...(part.italic ? ITALIC : [])];
    cleanText(keepDatesTogether(part.text)).split('\n').forEach((line, index) => out.push(run(line, props, index > 0)));
  }
}

export class RecordRow extends TableRow {
  private readonly xml: Xml;

  constructor(labels: readonly Cell[], row: readonly Cell[], widthTwips: number, paragraphStyle: string, labelStyle: string) {
    super({ children: [] });
    const runs: Xml[] = [];
    const label = [{ 'w:rStyle': { _attr: { 'w:val': labelStyle } } }];
    row.forEach((value, i) => {
      runs.push(run(`${cleanLine((labels[i] ?? []).map((part) => part.text).join(''))}: `, label, i > 0));
      valueRuns(value, runs);
    });
    const paragraph = { 'w:p': [{ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': paragraphStyle } } }] }, ...runs] };
    const cell = { 'w:tc': [{ 'w:tcPr': [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': widthTwips } } }] }, paragraph] };
    this.xml = { 'w:tr': [{ 'w:trPr': [{ 'w:cantSplit': EMPTY }] }, cell] };
  }

  override prepForXml(_context: IContext): Xml {
    return this.xml;
  }
}
