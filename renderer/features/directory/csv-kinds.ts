/**
 * What differs between importing and downloading practitioners and local services: words,
 * file names, columns, the importer and exporter, and the columns shown in an import preview.
 */
import type { CsvImport } from '../../../shared/csv/csv-import';
import {
  exportPractitionersCsv,
  exportServicesCsv,
  importPractitionersCsv,
  importServicesCsv,
  practitionerColumns,
  serviceColumns,
} from '../../../shared/csv/directory-csv';
import type { LocalServiceInput, PractitionerInput } from '../../../shared/domain/directory';
import { fileNameFor } from '../../../shared/file-kinds';
import { searchKey } from '../../../shared/rules/text';

export interface PreviewColumn<T> {
  heading: string;
  value(row: T): string;
}

export interface CsvKind<T> {
  singular: string;
  plural: string;
  fileName: string;
  templateName: string;
  headings: readonly string[];
  /** One line saying what the file must contain. */
  requirement: string;
  parse(text: string): CsvImport<T>;
  write(rows: readonly T[]): string;
  preview: readonly PreviewColumn<T>[];
  /** Rows with the same key as an entry already in the directory would be listed twice. */
  sameKey(row: T): string;
  sameWords: string;
}

const list = (headings: readonly string[]) => headings.join(', ');

const practitionerHeadings = practitionerColumns.map((c) => c.heading);
const serviceHeadings = serviceColumns.map((c) => c.heading);

export const practitionerCsv: CsvKind<PractitionerInput> = {
  singular: 'practitioner',
  plural: 'practitioners',
  fileName: fileNameFor('practitioners', 'csv'),
  templateName: fileNameFor('practitioners-template', 'csv'),
  headings: practitionerHeadings,
  requirement: `The first row of the file must have these column headings: ${list(practitionerHeadings)}. Each person needs a phone number or a secure email address.`,
  parse: importPractitionersCsv,
  write: exportPractitionersCsv,
  preview: [
    { heading: 'Name', value: (p) => p.name },
    { heading: 'Role', value: (p) => p.role },
    { heading: 'Agency', value: (p) => p.agency },
    { heading: 'Phone', value: (p) => p.phone },
    { heading: 'Secure email', value: (p) => p.secureEmail },
  ],
  sameKey: (p) => `${searchKey(p.name)}|${searchKey(p.agency)}`,
  sameWords: 'the same name and agency as someone',
};

export const serviceCsv: CsvKind<LocalServiceInput> = {
  singular: 'local service',
  plural: 'local services',
  fileName: fileNameFor('local-services', 'csv'),
  templateName: fileNameFor('local-services-template', 'csv'),
  headings: serviceHeadings,
  requirement: `The first row of the file must have these column headings: ${list(serviceHeadings)}. Phone, Email, Website and Notes can be left empty.`,
  parse: importServicesCsv,
  write: exportServicesCsv,
  preview: [
    { heading: 'Name', value: (s) => s.name },
    { heading: 'What they offer', value: (s) => s.offer },
    { heading: 'Who it is for', value: (s) => s.forWhom },
    { heading: 'How to refer', value: (s) => s.howToRefer },
  ],
  sameKey: (s) => searchKey(s.name),
  sameWords: 'the same name as a service',
};

/** How many rows in a file match entries already in the directory. */
export function countAlreadyListed<T>(kind: CsvKind<T>, rows: readonly T[], existing: readonly T[]): number {
  const keys = new Set(existing.map(kind.sameKey));
  return rows.filter((r) => keys.has(kind.sameKey(r))).length;
}

/** "2 of them have the same name and agency as someone already in the directory and would be added again." */
export function alreadyListedNote<T>(kind: CsvKind<T>, count: number): string | null {
  if (count === 0) return null;
  return `${count} of them ${count === 1 ? 'has' : 'have'} ${kind.sameWords} already in the directory and would be added again.`;
}
