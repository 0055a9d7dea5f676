/** The distribution list, the family's comments and the amendments they asked for. */
import { type FamilyResponse, type MinutesSectionId, RESPONSE_HOW_LABELS } from '../../domain/minutes';
import { bold, note, p, quote } from '../../documents/builders';
import type { BlockInput } from '../../documents/model';
import { londonTime } from '../../time/london';
import { formatLongDate } from '../../rules/dates';
import { distributionBlocks } from '../distribution';
import { fill } from '../wording';
import { type Ctx, type Draft, present } from './context';

export function distribution(ctx: Ctx): Draft {
  return { id: 'distribution', ...distributionBlocks(ctx.input.minutes?.distribution ?? [], ctx.w) };
}

function responseBlocks(ctx: Ctx, r: FamilyResponse, sectionHeading: (id: MinutesSectionId) => string): BlockInput[] {
  const { w } = ctx;
  const kind = { agreed: w.responseKindAgreed, 'agreed-with-changes': w.responseKindChanges, disagrees: w.responseKindDisagrees }[r.kind];
  const how = RESPONSE_HOW_LABELS[r.how].toLocaleLowerCase('en-GB');
  const date = formatLongDate(r.givenOn);
  const gathered = fill(w.responseHowGathered, { how, date, by: r.recordedBy });
  const out: BlockInput[] = [p(fill(w.responseLine, { name: r.givenBy.name, kind, how, date }))];
  if (present(r.words)) out.push(quote(r.words.trim(), r.givenBy.name, { ownWords: true, howGathered: gathered }));
  for (const s of r.sections) {
    if (s.answer !== 'wrong' || !present(s.words)) continue;
    out.push(p(bold(fill(w.sectionWrong, { heading: sectionHeading(s.sectionId) }))));
    out.push(quote(s.words.trim(), r.givenBy.name, { ownWords: true, howGathered: gathered }));
  }
  return out;
}

export function familyComments(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const heading = (id: MinutesSectionId) => ctx.wording.sections[id].heading;
  const earlier = input.minutes?.earlierResponses ?? [];
  const responses = input.minutes?.responses ?? [];
  const blocks: BlockInput[] = [];
  for (const e of earlier) blocks.push(p(bold(fill(w.earlierVersion, { version: e.version }))), ...responseBlocks(ctx, e.response, heading));
  for (const r of responses) blocks.push(...responseBlocks(ctx, r, heading));
  if (responses.length === 0) blocks.push(p(w.noResponse));
  return { id: 'family-comments', blocks, familyBlocks: blocks };
}

export function addAmendments(ctx: Ctx, drafts: Draft[]): void {
  for (const a of ctx.input.minutes?.amendments ?? []) {
    const draft = drafts.find((d) => d.id === a.sectionId);
    if (!draft) continue;
    const date = (() => {
      try {
        return formatLongDate(londonTime(a.at).toPlainDate().toString());
      } catch {
        return a.at;
      }
    })();
    const title = fill(ctx.w.amendment, { date, text: '' }).replace(/:\s*$/, '');
    const blocks = [note(a.text, { title, tone: 'info' }), ...(present(a.reason) ? [p(fill(ctx.w.amendmentReason, { reason: a.reason }))] : [])];
    draft.blocks.push(...blocks);
    draft.familyBlocks.push(...blocks);
  }
}
