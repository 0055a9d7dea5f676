/**
 * The version 1 fixture and its golden upgrade (tests/fixtures/schema), multiplied: every family
 * is copied under new ids so the upgrade has enough rows to be killed part way through.
 */
import v1 from '../../fixtures/schema/v1.json';
import golden from '../../fixtures/schema/v1-upgraded-to-current.json';
import { familyListPages } from '../../../shared/domain/family-list-page';
import type { FamilySummary } from '../../../shared/domain/family-summary';

export type Tables = Record<string, Array<Record<string, unknown>>>;

function copyId(id: string, copy: number): string {
  return `${id.slice(0, 24)}${copy.toString(16).padStart(8, '0')}`;
}

function multiply(tables: Tables, copies: number): Tables {
  const out: Tables = {};
  for (const [name, rows] of Object.entries(tables)) {
    const copied = (copy: number) =>
      name === 'families'
        ? rows.map((row) => ({ ...row, id: copyId(String(row.id), copy) }))
        : // A family's list summary is keyed by the family, so it is copied with it.
          rows.map((row) => ({ ...row, id: copyId(String(row.id), copy), familyId: copyId(String(row.familyId), copy) }));
    out[name] = name === 'families' || name === 'familySummaries' ? Array.from({ length: copies }, (_, copy) => copied(copy)).flat() : rows;
  }
  // The list's pages hold the summaries by a hash of the family id: made again from the copies.
  if (out.familyListPages) out.familyListPages = familyListPages((out.familySummaries ?? []) as unknown as FamilySummary[]) as unknown as Array<Record<string, unknown>>;
  return out;
}

/** What a version 1 database held. */
export function v1Tables(copies: number): Tables {
  return multiply(v1.tables as Tables, copies);
}

/** What the current version must hold after upgrading it. */
export function upgradedTables(copies: number): Tables {
  return multiply(golden.tables as Tables, copies);
}

export const V1_VERSION = v1.version;
export const GOLDEN_VERSION = golden.version;
