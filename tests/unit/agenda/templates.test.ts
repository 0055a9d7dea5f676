import { describe, expect, test } from 'vitest';
import { agendaTemplateSchema } from '../../../shared/domain/agenda';
import {
  DEFAULT_AGENDA_TEMPLATE_FILES,
  loadAgendaTemplates,
  parseAgendaTemplate,
} from '../../../shared/domain/agenda-templates';
import { meetingKindSchema, type MeetingKind } from '../../../shared/domain/meeting';
import reviewJson from '../../../templates/agendas/review.json';

const KINDS = meetingKindSchema.options;

/** A deep copy of the shipped review template to break. */
const review = (): { meetingKind: string; lengthMinutes: number; items: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(reviewJson)) as { meetingKind: string; lengthMinutes: number; items: Record<string, unknown>[] };

const messageFor = (data: unknown, kind: MeetingKind = 'review'): string => {
  const parsed = parseAgendaTemplate(data, kind);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.message;
};

describe('the shipped agenda templates', () => {
  test.each(KINDS)('the %s template validates and is for that kind of meeting', (kind) => {
    const parsed = parseAgendaTemplate(DEFAULT_AGENDA_TEMPLATE_FILES[kind], kind);
    expect(parsed.ok, parsed.ok ? '' : parsed.message).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.meetingKind).toBe(kind);
    const total = parsed.value.items.reduce((s, i) => s + i.minutes, 0);
    expect(total).toBeLessThanOrEqual(parsed.value.lengthMinutes);
  });

  test('all four load together', () => {
    const loaded = loadAgendaTemplates(DEFAULT_AGENDA_TEMPLATE_FILES);
    expect(loaded.ok).toBe(true);
  });

  test.each(KINDS)('the %s template has a child-voice item and one-line plain descriptions', (kind) => {
    const template = agendaTemplateSchema.parse(DEFAULT_AGENDA_TEMPLATE_FILES[kind]);
    expect(template.items.some((i) => i.role === 'child-voice')).toBe(true);
    for (const item of template.items) {
      expect(item.description).not.toMatch(/\n/);
      // No jargon in what families read.
      expect(`${item.title} ${item.description}`).not.toMatch(/\b(TAC|TAF|CAF|EHA|DSL|CSC|CIN|CP|SENCO|CAMHS)\b/);
    }
  });

  test('the review template marks "Review of the last plan\'s actions" as where open actions go', () => {
    const template = agendaTemplateSchema.parse(DEFAULT_AGENDA_TEMPLATE_FILES.review);
    const marked = template.items.filter((i) => i.role === 'action-review');
    expect(marked.map((i) => i.title)).toEqual(["Review of the last plan's actions"]);
  });

  test('first and pre-meeting templates have no action-review item; the pre-meeting is short', () => {
    for (const kind of ['first', 'pre-meeting'] as const) {
      const template = agendaTemplateSchema.parse(DEFAULT_AGENDA_TEMPLATE_FILES[kind]);
      expect(template.items.some((i) => i.role === 'action-review')).toBe(false);
    }
    expect(agendaTemplateSchema.parse(DEFAULT_AGENDA_TEMPLATE_FILES['pre-meeting']).lengthMinutes).toBeLessThanOrEqual(60);
  });
});

describe('a malformed template says which item and which field', () => {
  test('minutes out of range', () => {
    const data = review();
    (data.items[2] as Record<string, unknown>).minutes = 500;
    expect(messageFor(data)).toBe(
      'The review meeting agenda template could not be read: item 3 ("Review of the last plan\'s actions"), "minutes" must be a whole number from 0 to 240.',
    );
  });

  test('minutes not a whole number', () => {
    const data = review();
    (data.items[0] as Record<string, unknown>).minutes = 7.5;
    expect(messageFor(data)).toContain('item 1 ("Welcome and introductions"), "minutes" must be a whole number');
  });

  test('a missing field is called missing', () => {
    const data = review();
    delete (data.items[4] as Record<string, unknown>).childCanAttend;
    expect(messageFor(data)).toContain('item 5 ("What is going well"), "childCanAttend" is missing');
  });

  test('an empty title names the item by number', () => {
    const data = review();
    (data.items[1] as Record<string, unknown>).title = '   ';
    expect(messageFor(data)).toContain('item 2, "title" is empty');
  });

  test('an unknown role lists the choices', () => {
    const data = review();
    (data.items[3] as Record<string, unknown>).role = 'voice';
    expect(messageFor(data)).toContain('item 4 ("The child\'s voice"), "role" must be "standard", "action-review" or "child-voice"');
  });

  test('more than one problem is counted', () => {
    const data = review();
    (data.items[0] as Record<string, unknown>).minutes = -1;
    (data.items[1] as Record<string, unknown>).minutes = -1;
    expect(messageFor(data)).toMatch(/\(and 1 more problem\)\.$/);
  });

  test('not an object at all', () => {
    expect(messageFor('hello')).toContain('the file is not in the expected shape');
    expect(messageFor({ ...review(), items: 'none' })).toContain('"items" must be a list of items');
  });

  test('a template for the wrong kind of meeting', () => {
    expect(messageFor(review(), 'first')).toContain('"meetingKind" says "review", but this file is for "first" meetings');
  });

  test('a review template without an action-review item', () => {
    const data = review();
    delete (data.items[2] as Record<string, unknown>).role;
    expect(messageFor(data)).toContain('no item has "role": "action-review"');
  });

  test('an action-review item in a first meeting', () => {
    const data = { ...review(), meetingKind: 'first' };
    expect(messageFor(data, 'first')).toContain('item 3 ("Review of the last plan\'s actions"), "role" is "action-review", which only a review or closing meeting can have');
  });

  test('two action-review items', () => {
    const data = review();
    (data.items[5] as Record<string, unknown>).role = 'action-review';
    expect(messageFor(data)).toContain('item 6 ("What we are worried about"), "role" is "action-review", but item 3 already is');
  });

  test('items longer than the meeting', () => {
    const data = { ...review(), lengthMinutes: 60 };
    expect(messageFor(data)).toContain('the items add up to 90 minutes, more than "lengthMinutes" (60)');
  });

  test('loading an area\'s set reports every bad file', () => {
    const loaded = loadAgendaTemplates({ ...DEFAULT_AGENDA_TEMPLATE_FILES, first: {}, closing: { ...review() } });
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.messages).toHaveLength(2);
    expect(loaded.messages[0]).toMatch(/^The first meeting agenda template could not be read: "meetingKind" is missing/);
    expect(loaded.messages[1]).toContain('The closing meeting agenda template');
  });
});
