/**
 * The PDF floor's page: the same minutes as plain semantic HTML in the family font (the same four
 * faces as data: URLs, so the floor's PDF embeds them as the app's does), with only the page
 * geometry and type size the app uses (so both print about the same number of pages): no print
 * stylesheet beyond that.
 */
import { defaultLayout } from '../../../shared/documents/layout';
import { FLOOR_FONT_FAMILY, floorFontFaceCss, type FloorFonts } from './fonts';
import { ACTION_COLUMNS, actionCells, type MinutesContent } from './minutes-content';

const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;

/** A floor page's only styles: the app's page geometry and type size in `family`, and ruled tables. */
export function floorPageCss(family: string): string {
  const m = defaultLayout.page.marginsMm;
  const f = defaultLayout.font;
  return `@page{size:A4;margin:${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm}body{margin:0;font:${f.baseSizePt}pt/${f.lineHeight} "${family}",sans-serif}` +
    'table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;text-align:left;vertical-align:top}';
}

function geometryCss(fonts: FloorFonts): string {
  return `${floorFontFaceCss(fonts)}${floorPageCss(FLOOR_FONT_FAMILY)}`;
}

export function plainMinutesHtml(content: MinutesContent, fonts: FloorFonts): string {
  const sections = content.sections.map((s) => `<h2>${esc(s.heading)}</h2>${s.paragraphs.map((t) => `<p>${esc(t)}</p>`).join('')}${list(s.points)}`);
  const head = ACTION_COLUMNS.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
  const rows = content.actions.map((a) => `<tr>${actionCells(a).map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>${esc(content.title)}</title><style>${geometryCss(fonts)}</style></head><body>
<h1>${esc(content.title)}</h1><p>${esc(content.subtitle)}</p><h2>Who came</h2>${list(content.attendees)}
${sections.join('\n')}
<h2>Actions agreed</h2><table><caption>Actions agreed at this meeting</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>
</body></html>`;
}
