/** One scale everywhere: the screen's question, the agenda templates, the minutes and the family's version agree, with both ends labelled. */
import { describe, expect, it } from 'vitest';
import wordingJson from '../../../templates/minutes/wording.json';
import { defaultAgendaTemplates } from '../../../shared/domain/agenda-templates';
import { scalingAnswerSchema } from '../../../shared/domain/meeting-record';
import { SCALE_ENDS, SCALE_ENDS_SENTENCE, SCALE_RANGE, SCALE_WITH_ENDS, SCALING_SCALE, SCALING_SCORES, USUAL_SCALING_QUESTION } from '../../../shared/domain/scaling-scale';
import { minutesContent } from '../../../shared/minutes/content';
import { familyVersionDocument, minutesDocument } from '../../../shared/minutes/documents';
import { input, record } from './fixtures';

describe('the scale', () => {
  it('runs from 0 (very worried) to 10 (no worries at all)', () => {
    expect(SCALING_SCORES).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(SCALE_ENDS).toBe('0 means very worried and 10 means no worries at all');
    expect(USUAL_SCALING_QUESTION).toBe('On a scale of 0 to 10, where 0 means very worried and 10 means no worries at all, where are things today?');
  });

  it('is the range a scaling answer may hold', () => {
    const answer = (score: number) => scalingAnswerSchema.safeParse({ id: 'scale-00001', score }).success;
    expect([SCALING_SCALE.lowest, SCALING_SCALE.highest].map(answer)).toEqual([true, true]);
    expect([SCALING_SCALE.lowest - 1, SCALING_SCALE.highest + 1].map(answer)).toEqual([false, false]);
  });

  it('is what every agenda template says, ends and all', () => {
    const templates = Object.values(defaultAgendaTemplates());
    const scaleItems = templates.flatMap((t) => t.items).filter((item) => /\bscale\b/i.test(item.description));
    expect(scaleItems.length).toBeGreaterThanOrEqual(3);
    for (const item of scaleItems) expect(item.description).toContain(SCALE_WITH_ENDS);
  });

  it('is what the shipped minutes wording says', () => {
    expect(wordingJson.minutes.scalingCaption).toContain(SCALE_RANGE);
    expect(wordingJson.minutes.score).toContain(SCALE_RANGE);
    expect(wordingJson.sections.scaling.familyHeading).toContain(SCALE_RANGE);
  });
});

describe('scaling in the minutes', () => {
  const content = minutesContent(input());
  const scaling = content.sections.find((s) => s.id === 'scaling');

  it('labels both ends once, in the minutes and the family’s version (the built-in question says them itself)', () => {
    for (const text of [JSON.stringify(scaling?.blocks), JSON.stringify(scaling?.familyBlocks), JSON.stringify(minutesDocument(content, { draft: true, variant: 'professional' })), JSON.stringify(familyVersionDocument(content, { draft: true }))]) {
      expect(text.split(SCALE_ENDS)).toHaveLength(2);
      expect(text).not.toContain(SCALE_ENDS_SENTENCE);
    }
  });

  it('asks the built-in question when the chair typed none, and the chair’s own when they did', () => {
    expect(JSON.stringify(scaling?.blocks)).toContain(USUAL_SCALING_QUESTION);
    const own = minutesContent(input({ record: record({ scalingQuestion: 'How safe is Amir at home, from 0 to 10?' }) })).sections.find((s) => s.id === 'scaling');
    const text = JSON.stringify(own?.blocks);
    expect(text).toContain('How safe is Amir at home, from 0 to 10?');
    expect(text).not.toContain(USUAL_SCALING_QUESTION);
    // A question of the chair's own gets both ends in a sentence under it.
    expect(text).toContain(SCALE_ENDS_SENTENCE);
  });
});
