/** Updates, earlier actions, the lists, scaling, decisions, the action plan and the next review. */
import { type Action, ACTION_STATUS_LABELS } from '../../domain/action';
import { ACTION_PROGRESS_LABELS, OUTCOME_LABELS } from '../../domain/meeting-record';
import { SCALE_ENDS, SCALE_ENDS_SENTENCE, USUAL_SCALING_QUESTION } from '../../domain/scaling-scale';
import type { MinutesSectionId } from '../../domain/minutes';
import { bold, type Inline, p, table, ul } from '../../documents/builders';
import type { BlockInput } from '../../documents/model';
import { clockWords, dayWords } from '../../time/london';
import { formatLongDate } from '../../rules/dates';
import { fill } from '../wording';
import { type Ctx, type Draft, empty, paragraphs, Plain, present, type Words } from './context';
import { distanceBlocks } from './distance-section';
import { reportBlocks } from './voice-sections';

/** Written reports from people who could not come; notes typed under agenda items are added by item-notes.ts. */
export function updates(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const plain = new Plain(ctx.glossary);
  const blocks: BlockInput[] = [...reportBlocks(input.reports, w, ctx.childName, null)];
  const familyBlocks: BlockInput[] = [...reportBlocks(input.reports, w, ctx.childName, (s) => plain.text(s))];
  if (blocks.length === 0) return empty(ctx, 'updates');
  return { id: 'updates', blocks, familyBlocks };
}

function dueWords(action: Pick<Action, 'dueDate'>, w: Words): string {
  return action.dueDate ? formatLongDate(action.dueDate) : w.noDate;
}

export function earlierActions(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const updatesList = input.record.actionUpdates;
  if (updatesList.length === 0) {
    if (input.meeting.kind === 'first' || input.meeting.kind === 'pre-meeting') {
      return { id: 'earlier-actions', blocks: [p(w.firstMeetingNoActions)], familyBlocks: [p(w.firstMeetingNoActions)] };
    }
    return empty(ctx, 'earlier-actions');
  }
  const plain = new Plain(ctx.glossary);
  const rows: Inline[][] = [];
  const familyRows: Inline[][] = [];
  for (const u of updatesList) {
    const action = input.earlierActions.find((a) => a.id === u.actionId);
    if (!action) continue;
    const progress = u.progress ? ACTION_PROGRESS_LABELS[u.progress] : w.notRecorded;
    const carried = u.carriedForward ? w.yes : w.no;
    rows.push([action.what, action.ownerName, dueWords(action, w), progress, u.note, carried]);
    familyRows.push([plain.text(action.what), action.ownerName, dueWords(action, w), progress, plain.text(u.note), carried]);
  }
  if (rows.length === 0) return empty(ctx, 'earlier-actions');
  const header = [w.action, w.owner, w.byWhen, w.progress, w.note, w.carriedForward];
  return {
    id: 'earlier-actions',
    blocks: [table(w.earlierActionsCaption, header, rows, [4, 2, 2, 2, 4, 2])],
    familyBlocks: [table(w.earlierActionsCaption, header, familyRows, [4, 2, 2, 2, 4, 2])],
  };
}

export function listSection(ctx: Ctx, id: MinutesSectionId, entries: readonly string[]): Draft {
  const items = entries.filter(present).map((s) => s.trim());
  if (items.length === 0) return empty(ctx, id);
  const plain = new Plain(ctx.glossary);
  return { id, blocks: [ul(...items)], familyBlocks: [ul(...items.map((s) => plain.text(s)))] };
}

export function textSection(ctx: Ctx, id: MinutesSectionId, text: string): Draft {
  if (!present(text)) return empty(ctx, id);
  const plain = new Plain(ctx.glossary);
  return { id, blocks: paragraphs(text), familyBlocks: plain.paragraphs(text) };
}

export function scaling(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const answers = input.record.scaling.filter((s) => s.score !== null || present(s.reason));
  const plain = new Plain(ctx.glossary);
  const distancePlain = new Plain(ctx.glossary);
  const distance = distanceBlocks(input.distance, ctx.wording, (s) => s, false);
  const familyDistance = distanceBlocks(input.distance, ctx.wording, (s) => distancePlain.text(s), true);
  if (answers.length === 0) {
    const none = empty(ctx, 'scaling');
    return { ...none, blocks: [...none.blocks, ...distance], familyBlocks: [...none.familyBlocks, ...familyDistance] };
  }
  const nameOf = (s: (typeof answers)[number]) => input.record.attendees.find((a) => a.id === s.attendeeId)?.name ?? s.name;
  const question = present(input.record.scalingQuestion) ? input.record.scalingQuestion.trim() : USUAL_SCALING_QUESTION;
  const score = (s: (typeof answers)[number]) => (s.score === null ? w.noScore : String(s.score));
  const rows = answers.map((s): Inline[] => [nameOf(s), score(s), s.reason]);
  const familyRows = answers.map((s): Inline[] => [nameOf(s), score(s), plain.text(s.reason)]);
  const header = [w.name, w.score, w.why];
  // Both ends of the one scale, whatever question the chair asked; said once (the built-in question already says them).
  const ends = question.includes(SCALE_ENDS) ? [] : [p(SCALE_ENDS_SENTENCE)];
  return {
    id: 'scaling',
    blocks: [p(question), ...ends, table(w.scalingCaption, header, rows, [3, 2, 6]), ...distance],
    familyBlocks: [p(plain.text(question)), ...ends, table(w.scalingCaption, header, familyRows, [3, 2, 6]), ...familyDistance],
  };
}

export function decisions(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const { decision, reasons } = input.record.outcome;
  const plain = new Plain(ctx.glossary);
  const blocks: BlockInput[] = [p(decision ? fill(w.decision, { decision: OUTCOME_LABELS[decision] }) : w.decisionNone)];
  const familyBlocks: BlockInput[] = [p(decision ? plain.text(fill(w.decision, { decision: OUTCOME_LABELS[decision] })) : w.decisionNone)];
  if (present(reasons)) {
    blocks.push(p(bold(w.reasons)), ...paragraphs(reasons));
    familyBlocks.push(p(bold(w.reasons)), ...plain.paragraphs(reasons));
  }
  return { id: 'decisions', blocks, familyBlocks };
}

/** "Leo: getting to school on time", or "The whole family". */
function forWhom(ctx: Ctx, action: Action): string {
  const child = ctx.childName(action.childId);
  const need = action.need?.trim() ?? '';
  if (child === null) return present(need) ? `${ctx.w.wholeFamily}: ${need}` : ctx.w.wholeFamily;
  return present(need) ? `${child}: ${need}` : child;
}

export function actionPlan(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const actions = input.actions.filter((a) => a.meetingId === input.meeting.id);
  if (actions.length === 0) return { id: 'action-plan', blocks: [p(w.noActions)], familyBlocks: [p(w.noActions)] };
  const plain = new Plain(ctx.glossary);
  const header = [w.action, w.forWhom, w.owner, w.byWhen, w.howWeWillKnow, w.status];
  const widths = [5, 3, 3, 2, 4, 2];
  const rows = actions.map((a): Inline[] => [a.what, forWhom(ctx, a), a.ownerName, dueWords(a, w), a.howWeWillKnow, ACTION_STATUS_LABELS[a.status]]);
  const familyRows = actions.map((a): Inline[] => [plain.text(a.what), plain.text(forWhom(ctx, a)), a.ownerName, dueWords(a, w), plain.text(a.howWeWillKnow), ACTION_STATUS_LABELS[a.status]]);
  return {
    id: 'action-plan',
    blocks: [table(w.actionPlanCaption, header, rows, widths)],
    familyBlocks: [table(w.actionPlanCaption, header, familyRows, widths)],
  };
}

export function nextReview(ctx: Ctx): Draft {
  const { input, w } = ctx;
  const { nextReviewDate, nextReviewTime } = input.record.outcome;
  let text = w.nextReviewNone;
  if (nextReviewDate) {
    const date = dayWords(nextReviewDate);
    if (nextReviewTime) {
      const [hour, minute] = nextReviewTime.split(':').map(Number);
      text = fill(w.nextReviewTime, { date, time: clockWords({ hour: hour ?? 0, minute: minute ?? 0 }) });
    } else {
      text = fill(w.nextReview, { date });
    }
  }
  return { id: 'next-review', blocks: [p(text)], familyBlocks: [p(text)] };
}
