import type { AgendaTemplate } from '../../../shared/domain/agenda';
import { defaultAgendaTemplates, parseAgendaTemplate, type AgendaTemplates } from '../../../shared/domain/agenda-templates';
import { meetingKindSchema, type MeetingKind } from '../../../shared/domain/meeting';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';

/** The area's changed agenda templates, one per meeting kind it changed; the shipped file for the rest. */
export const AGENDA_TEMPLATES_KEY = 'agenda-templates';

export interface AgendaTemplateSettings {
  /** The template for each kind of meeting: the area's where it changed one, otherwise the shipped one (templates/agendas). */
  all(): Promise<AgendaTemplates>;
  /** The kinds whose template the area has changed. */
  changed(): Promise<MeetingKind[]>;
  /** Keeps the area's template for its kind, checked as a template file is. */
  save(template: AgendaTemplate): Promise<void>;
  /** Goes back to the shipped template for this kind. */
  reset(kind: MeetingKind): Promise<void>;
}

type Stored = Partial<Record<MeetingKind, unknown>>;

export function createAgendaTemplateSettings(db: TeamAroundDatabase): AgendaTemplateSettings {
  async function stored(): Promise<Stored> {
    const value: unknown = (await db.settings.get(AGENDA_TEMPLATES_KEY))?.value;
    return typeof value === 'object' && value !== null ? (value as Stored) : {};
  }
  /** Each kind's own template, when the stored one still reads as a template (an unreadable one falls back to the shipped file). */
  async function own(): Promise<Partial<AgendaTemplates>> {
    const files = await stored();
    const result: Partial<AgendaTemplates> = {};
    for (const kind of meetingKindSchema.options) {
      if (files[kind] === undefined) continue;
      const parsed = parseAgendaTemplate(files[kind], kind);
      if (parsed.ok) result[kind] = parsed.value;
    }
    return result;
  }
  return {
    async all() {
      return { ...defaultAgendaTemplates(), ...(await own()) };
    },
    async changed() {
      const mine = await own();
      return meetingKindSchema.options.filter((kind) => mine[kind] !== undefined);
    },
    async save(template) {
      const parsed = parseAgendaTemplate(template, template.meetingKind);
      if (!parsed.ok) throw new StorageError(parsed.message, 'invalid');
      await storageWork(() =>
        db.transaction('rw', db.settings, async () => {
          await db.settings.put({ key: AGENDA_TEMPLATES_KEY, value: { ...(await stored()), [template.meetingKind]: parsed.value } });
        }),
      );
    },
    async reset(kind) {
      await storageWork(() =>
        db.transaction('rw', db.settings, async () => {
          const { [kind]: _gone, ...rest } = await stored();
          await db.settings.put({ key: AGENDA_TEMPLATES_KEY, value: rest });
        }),
      );
    },
  };
}
