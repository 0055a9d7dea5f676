/**
 * Plain warnings about a plan's actions while the meeting runs ("Run the meeting", item 6).
 * Advisory only: nothing here stops the chair saving. `today` is passed in to keep it pure.
 */
import { isOpenStatus, type Action } from '../domain/action';
import { compareIsoDates, formatLongDate, type IsoDate } from './dates';
import type { Glossary } from './glossary';
import { checkPlainLanguage, type PlainLanguageFlag } from './plain-language';

/** More open actions than this is a lot for a family to keep in mind. */
export const MAX_PLAN_ACTIONS = 8;

export type PlanWarningKind = 'no-owner' | 'no-due-date' | 'past-due' | 'too-many-actions' | 'wording';
export type PlanWarning = {
  kind: PlanWarningKind;
  /** Missing for warnings about the whole plan. */
  actionId?: string;
  message: string;
  flag?: PlainLanguageFlag;
};
export type PlanWarningOptions = { today: IsoDate; glossary: Glossary; explained?: readonly string[] };

function wordingWarnings(action: Action, label: string, options: PlanWarningOptions): PlanWarning[] {
  const fields = [action.what, action.howWeWillKnow];
  return fields.flatMap((text) =>
    checkPlainLanguage(text, options).flags
      .filter((flag) => flag.kind !== 'long-sentence')
      .map((flag) => ({
        kind: 'wording' as const,
        actionId: action.id,
        message: flag.kind === 'jargon'
          ? `${label} uses "${flag.text}", which a family may not know. ${flag.suggestion}.`
          : `${label} uses "${flag.text}" without saying what it means. ${flag.suggestion}.`,
        flag,
      })),
  );
}

function actionWarnings(action: Action, index: number, options: PlanWarningOptions): PlanWarning[] {
  const label = `Action ${index + 1}`;
  const warnings: PlanWarning[] = [];
  if (isOpenStatus(action.status)) {
    if (action.ownerName.trim() === '') {
      warnings.push({ kind: 'no-owner', actionId: action.id, message: `${label} has no owner. Agree one person who will do it (it can be a parent).` });
    }
    if (action.dueDate === null) {
      warnings.push({ kind: 'no-due-date', actionId: action.id, message: `${label} has no date. Agree when it will be done by.` });
    } else if (compareIsoDates(action.dueDate, options.today) < 0) {
      warnings.push({ kind: 'past-due', actionId: action.id, message: `${label} was due by ${formatLongDate(action.dueDate)} and is not done yet. Talk about what is getting in the way, and agree a new date.` });
    }
  }
  return [...warnings, ...wordingWarnings(action, label, options)];
}

/** Warnings in plan order, then any about the plan as a whole. An empty list means nothing to say. */
export function planWarnings(actions: readonly Action[], options: PlanWarningOptions): PlanWarning[] {
  const warnings = actions.flatMap((action, i) => actionWarnings(action, i, options));
  const open = actions.filter((a) => isOpenStatus(a.status)).length;
  if (open > MAX_PLAN_ACTIONS) {
    warnings.push({ kind: 'too-many-actions', message: `This plan has ${open} actions still to do. More than ${MAX_PLAN_ACTIONS} is a lot for a family to keep track of: think about which matter most right now.` });
  }
  return warnings;
}
