/** Builds the minutes' content from the meeting as it is now (C1's builder), for the screens. */
import type { MinutesContent, MinutesRow } from '../../../shared/domain/minutes';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { minutesContent } from '../../../shared/minutes/content';
import type { PlannedRecipient } from '../../../shared/minutes/types';
import { consentSummaryLine } from '../../../shared/rules/consent-summary';
import { todayInLondon } from '../../../shared/rules/dates';
import { loadDefaultGlossary, type Glossary } from '../../../shared/rules/glossary';
import type { MinutesContext } from './MinutesFrame';

let glossary: Glossary | undefined;
export function minutesGlossary(): Glossary {
  glossary ??= loadDefaultGlossary();
  return glossary;
}

export type LiveContent = { ok: true; content: MinutesContent } | { ok: false; message: string };

export const NOTHING_RECORDED = 'Nothing has been recorded for this meeting yet, so there is nothing to write minutes from. Run the meeting first.';

/**
 * The content built now from what was recorded at the meeting, with what is already on the
 * minutes row (the family's answers, copies sent). Never throws: a problem comes back in words.
 */
export function buildLiveContent(
  context: MinutesContext,
  options: { reports: readonly ReceivedReport[]; row: MinutesRow | undefined; plannedRecipients: readonly PlannedRecipient[]; builtAt: string },
): LiveContent {
  if (!context.record) return { ok: false, message: NOTHING_RECORDED };
  try {
    const { row } = options;
    const content = minutesContent({
      family: context.family,
      meeting: context.meeting,
      record: context.record,
      actions: context.actions,
      earlierActions: context.earlierActions,
      reports: options.reports,
      voiceImages: context.voiceImages,
      area: context.area,
      chair: { name: context.profile.name, role: context.profile.role },
      glossary: minutesGlossary(),
      consentSummary: consentSummaryLine(context.consents, todayInLondon()),
      plannedRecipients: options.plannedRecipients,
      ...(row
        ? {
            minutes: {
              version: row.version,
              distribution: row.distribution,
              responses: row.responses,
              earlierResponses: row.earlierResponses,
              amendments: row.amendments,
            },
          }
        : {}),
      ...(context.distance ? { distance: context.distance } : {}),
      builtAt: options.builtAt,
    });
    return { ok: true, content };
  } catch {
    return { ok: false, message: 'The minutes could not be put together from what was recorded. Check the meeting’s notes, then try again.' };
  }
}
