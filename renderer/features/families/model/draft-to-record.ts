/**
 * Turns what was typed into a family record, or says at each field what is wrong.
 * Pure: today's date and the user's name are passed in.
 */
import type { FieldError, Validated } from '../../../../shared/domain/family';
import { FAMILY_RECORD_VERSION, type FamilyRecord } from '../../../../shared/domain/family-record';
import { firstErrorPerField } from '../../../../shared/domain/fields';
import { validateFamilyRecord } from '../../../../shared/rules/family-record-checks';
import type { IsoDate } from '../../../../shared/rules/dates';
import { readDateOfBirth } from '../../../../shared/rules/date-of-birth';
import type { FamilyContent } from '../../../data/repositories/families';
import { childHomesPath, inFormOrder } from './field-paths';
import type { CarerDraft, FamilyFormDraft, FlagDraft } from './form-draft';
import { childLabel } from './names';

export interface SaveContext {
  today: IsoDate;
  /** Who is saving: recorded on safety flags they add or end. */
  userName: string;
}

/** The record's content, with dates typed in the UK way turned into ISO dates. */
export function draftToContent(draft: FamilyFormDraft, context: SaveContext): { content: FamilyContent; dateErrors: FieldError[] } {
  const dateErrors: FieldError[] = [];
  const children = draft.children.map((child, i) => {
    const parsed = readDateOfBirth(child.dateOfBirth);
    if (!parsed.ok) dateErrors.push({ path: `children.${i}.dateOfBirth`, message: parsed.message });
    return { ...child, viewsMethods: [...child.viewsMethods], dateOfBirth: parsed.ok ? parsed.date : '' };
  });
  const content: FamilyContent = {
    familyName: draft.familyName,
    households: draft.households.map((h) => ({ ...h, address: { ...h.address }, carerIds: [...h.carerIds], childIds: [...h.childIds] })),
    carers: draft.carers.map((carer) => carerContent(carer, draft)),
    children,
    safetyFlags: draft.safetyFlags.map((flag) => flagContent(flag, context)),
  };
  return { content, dateErrors };
}

function carerContent(carer: CarerDraft, draft: FamilyFormDraft): FamilyContent['carers'][number] {
  const { childRelationships, ...rest } = carer;
  // One row per child still in the family, in the children's order, so error paths match the form's rows.
  const rows = draft.children.map((child) => {
    const row = childRelationships.find((r) => r.childId === child.id);
    return { childId: child.id, relationship: row?.relationship ?? '', parentalResponsibility: row?.parentalResponsibility ?? 'not-known' };
  });
  return { ...rest, relationship: sharedRelationship(rows.map((r) => r.relationship)), childRelationships: rows };
}

/**
 * The carer's general relationship, for screens that do not ask about a particular child: kept
 * only when it is the same for every child, so it can never be wrong for one of them.
 */
export function sharedRelationship(perChild: readonly string[]): string {
  const values = new Set(perChild.map((r) => r.trim()));
  const [only] = [...values];
  return values.size === 1 && only !== undefined ? only : '';
}

function flagContent(flag: FlagDraft, context: SaveContext): NonNullable<FamilyContent['safetyFlags']>[number] {
  const isNew = flag.addedOn === '';
  const ended = flag.ended ?? (flag.endRequested ? { on: context.today, by: context.userName, reason: flag.endReason } : null);
  return {
    id: flag.id,
    subjectId: flag.subjectId,
    covers: [...flag.covers],
    hiddenFrom: [...flag.hiddenFrom],
    reason: flag.reason,
    addedOn: isNew ? context.today : flag.addedOn,
    addedBy: isNew ? context.userName : flag.addedBy,
    ended,
  };
}

/** Children who are in no home: every child must live somewhere, even if the address is not known. */
function homelessChildren(draft: FamilyFormDraft): FieldError[] {
  return draft.children.flatMap((child, i) =>
    draft.households.some((h) => h.childIds.includes(child.id))
      ? []
      : [{ path: childHomesPath(i), message: `Say which home ${childLabel(child, i)} lives in` }],
  );
}

// Only for validation: the real id and timestamps are set by the repository.
const CHECK_ID = 'family-form-check';

/** Every problem at once, one per field, in the order of the form; or the content to save. */
export function validateFamilyForm(draft: FamilyFormDraft, context: SaveContext): Validated<FamilyContent> {
  const { content, dateErrors } = draftToContent(draft, context);
  const result = validateFamilyRecord(
    { ...content, schemaVersion: FAMILY_RECORD_VERSION, id: CHECK_ID, createdAt: '', updatedAt: '', isPractice: false },
    context.today,
  );
  const recordErrors = result.ok ? [] : result.errors.map((e) => ({ ...e, path: /^children\.\d+$/.test(e.path) ? `${e.path}.homes` : e.path }));
  const errors = firstErrorPerField([...dateErrors, ...homelessChildren(draft), ...recordErrors]);
  if (errors.length > 0 || !result.ok) return { ok: false, errors: inFormOrder(errors, draft) };
  return { ok: true, value: contentOf(result.value) };
}

function contentOf(record: FamilyRecord): FamilyContent {
  const { familyName, households, carers, children, safetyFlags } = record;
  return { familyName, households, carers, children, safetyFlags };
}
