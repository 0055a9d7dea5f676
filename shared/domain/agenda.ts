/**
 * A meeting's agenda and the templates it starts from. Templates are data an area can edit
 * (templates/agendas/*.json, one per meeting kind); shared/domain/agenda-templates.ts loads and
 * checks them, and shared/rules/agenda.ts builds and changes an agenda. Total time is always
 * worked out from the items, never stored.
 */
import { z } from 'zod';
import { stripControlCharacters } from '../rules/text';
import { idSchema } from './family';
import { meetingKindSchema } from './meeting-kind';

export const MAX_ITEM_TITLE = 120;
export const MAX_ITEM_DESCRIPTION = 300;
export const MAX_ITEM_MINUTES = 240;
export const MAX_AGENDA_ITEMS = 60;

/** One line of plain text: line breaks become spaces, other control characters go. */
const oneLine = (s: string) => stripControlCharacters(s.replace(/[\t\r\n]+/g, ' ')).trim();

/** Messages name no field: callers add "The title", or the template file's field name. */
const MINUTES_RULE = `must be a whole number from 0 to ${MAX_ITEM_MINUTES}`;

export const itemTitleSchema = z
  .string({ error: 'must be some words' })
  .transform(oneLine)
  .pipe(z.string().min(1, 'is empty').max(MAX_ITEM_TITLE, `must be ${MAX_ITEM_TITLE} characters or fewer`));

export const itemDescriptionSchema = z
  .string({ error: 'must be some words' })
  .transform(oneLine)
  .pipe(z.string().max(MAX_ITEM_DESCRIPTION, `must be ${MAX_ITEM_DESCRIPTION} characters or fewer`));

export const itemMinutesSchema = z
  .number({ error: MINUTES_RULE })
  .int(MINUTES_RULE)
  .min(0, MINUTES_RULE)
  .max(MAX_ITEM_MINUTES, MINUTES_RULE);

// ---------------------------------------------------------------- templates

/** What a template item is for: most are standard; one may hold open actions, one the child's views. */
export const templateItemRoleSchema = z.enum(['standard', 'action-review', 'child-voice'], {
  error: 'must be "standard", "action-review" or "child-voice"',
});
export type TemplateItemRole = z.infer<typeof templateItemRoleSchema>;

export const agendaTemplateItemSchema = z.object({
  title: itemTitleSchema,
  description: itemDescriptionSchema.pipe(z.string().min(1, 'is empty: write one line in plain words')),
  minutes: itemMinutesSchema,
  childCanAttend: z.boolean({ error: 'must be true or false' }),
  role: templateItemRoleSchema.default('standard'),
});

const LENGTH_RULE = 'must be a whole number of minutes from 15 to 480';

export const agendaTemplateSchema = z.object({
  about: z.string().optional(),
  meetingKind: z.enum(meetingKindSchema.options, { error: 'must be "pre-meeting", "first", "review" or "closing"' }),
  /** The meeting length the template is timed for; a new meeting can start from it. */
  lengthMinutes: z.number({ error: LENGTH_RULE }).int(LENGTH_RULE).min(15, LENGTH_RULE).max(480, LENGTH_RULE),
  items: z
    .array(agendaTemplateItemSchema, { error: 'must be a list of items' })
    .min(1, 'must have at least one item')
    .max(MAX_AGENDA_ITEMS, `must have ${MAX_AGENDA_ITEMS} items or fewer`),
});

export type AgendaTemplateItem = z.infer<typeof agendaTemplateItemSchema>;
export type AgendaTemplate = z.infer<typeof agendaTemplateSchema>;

// ---------------------------------------------------------------- agendas

export const agendaItemKindSchema = z.enum(['standard', 'added', 'action-review']);
export type AgendaItemKind = z.infer<typeof agendaItemKindSchema>;

export const agendaItemSchema = z.object({
  id: idSchema,
  title: itemTitleSchema,
  description: itemDescriptionSchema,
  minutes: itemMinutesSchema,
  /** Whether the child or young person is in the room for this item. */
  childAttends: z.boolean(),
  kind: agendaItemKindSchema,
  /** On the action-review item: the open actions it covers, in the order they are taken. */
  actionIds: z.array(idSchema).optional(),
  /** True on the item where the child's views are heard. */
  childVoice: z.boolean().optional(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaSchema = z
  .object({
    meetingKind: meetingKindSchema,
    items: z.array(agendaItemSchema).max(MAX_AGENDA_ITEMS),
  })
  .refine((a) => new Set(a.items.map((i) => i.id)).size === a.items.length, 'Two agenda items have the same id');
export type Agenda = z.infer<typeof agendaSchema>;

/** The agenda's length: the sum of its items' minutes. */
export function totalMinutes(agenda: { readonly items: readonly { readonly minutes: number }[] }): number {
  return agenda.items.reduce((sum, item) => sum + item.minutes, 0);
}
