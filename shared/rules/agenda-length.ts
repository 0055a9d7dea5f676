/** How long a new meeting is booked for unless the chair says otherwise: the whole of its agenda. */
import { totalMinutes } from '../domain/agenda';
import { defaultAgendaTemplates, type AgendaTemplates } from '../domain/agenda-templates';
import type { MeetingKind } from '../domain/meeting';

/** The agenda's total for this kind of meeting, in minutes: 90 for the shipped first meeting. */
export function agendaMinutes(kind: MeetingKind, templates: AgendaTemplates = defaultAgendaTemplates()): number {
  return totalMinutes(templates[kind]);
}
