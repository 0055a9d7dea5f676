import type { Action, ActionStatus } from '../../../shared/domain/action';
import { defaultAgendaTemplates } from '../../../shared/domain/agenda-templates';
import type { Agenda } from '../../../shared/domain/agenda';
import { agendaFromTemplate } from '../../../shared/rules/agenda';

export const TEMPLATES = defaultAgendaTemplates();

/** Predictable ids that pass idSchema: "item-000001", "item-000002", ... */
export function idMaker(prefix = 'item'): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(6, '0')}`;
}

export function action(id: string, status: ActionStatus, dueDate: string | null, extra: Partial<Action> = {}): Action {
  return {
    id,
    familyId: 'family-0001',
    meetingId: 'meeting-first',
    childId: null,
    what: `Action ${id}`,
    ownerName: 'Grace Okonjo',
    dueDate,
    howWeWillKnow: '',
    status,
    note: '',
    createdAt: '2026-09-01T10:00:00Z',
    updatedAt: '2026-09-01T10:00:00Z',
    ...extra,
  };
}

export function reviewAgenda(actions: Action[] = [action('action-open-1', 'in-progress', '2026-10-01')]): Agenda {
  return agendaFromTemplate(TEMPLATES.review, { meetingKind: 'review', openActions: actions, childAttends: true, newId: idMaker() });
}

export function reviewItemId(agenda: Agenda): string {
  const item = agenda.items.find((i) => i.kind === 'action-review');
  if (item === undefined) throw new Error('no action-review item');
  return item.id;
}
