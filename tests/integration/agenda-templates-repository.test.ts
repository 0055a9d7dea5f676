import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAgendaTemplates } from '../../shared/domain/agenda-templates';
import { addTemplateItem, removeTemplateItem } from '../../shared/rules/agenda-template-edits';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { AGENDA_TEMPLATES_KEY, createAgendaTemplateSettings } from '../../renderer/data/repositories/agenda-templates';

let db: TeamAroundDatabase;
let n = 0;

beforeEach(async () => {
  n += 1;
  db = new TeamAroundDatabase(`agenda-templates-test-${n}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('agenda templates kept in settings', () => {
  it('start from the shipped ones, keep an edited one per kind, and reset one kind alone', async () => {
    const templates = createAgendaTemplateSettings(db);
    const shipped = defaultAgendaTemplates();
    expect(await templates.all()).toEqual(shipped);
    expect(await templates.changed()).toEqual([]);

    const first = addTemplateItem(shipped.first, { title: 'Getting to school', description: 'Mornings', minutes: '10', childCanAttend: false });
    const pre = removeTemplateItem(shipped['pre-meeting'], 0);
    if (!first.ok || !pre.ok) throw new Error('edit refused');
    await templates.save(first.template);
    await templates.save(pre.template);
    expect(await templates.all()).toEqual({ ...shipped, first: first.template, 'pre-meeting': pre.template });
    expect(await templates.changed()).toEqual(['pre-meeting', 'first']);

    await templates.reset('first');
    expect(await templates.all()).toEqual({ ...shipped, 'pre-meeting': pre.template });
    expect(await templates.changed()).toEqual(['pre-meeting']);
  });

  it('refuses a template that would not load, and falls back to the shipped one for a stored one that no longer reads', async () => {
    const templates = createAgendaTemplateSettings(db);
    const shipped = defaultAgendaTemplates();
    const review = shipped.review;
    const noActionReview = { ...review, items: review.items.filter((i) => i.role !== 'action-review') };
    await expect(templates.save(noActionReview)).rejects.toThrow(/review meeting agenda template could not be read/);
    await db.settings.put({ key: AGENDA_TEMPLATES_KEY, value: { review: noActionReview, first: 'not a template' } });
    expect(await templates.all()).toEqual(shipped);
    expect(await templates.changed()).toEqual([]);
  });
});
