/**
 * CSV import and export for the directory of practitioners and of local services.
 * Import is all-or-nothing (see csv-import.ts); imported rows have no id yet: the caller gives
 * each one an id (newId) when it saves them.
 */
import {
  localServiceInputSchema,
  practitionerInputSchema,
  type LocalServiceInput,
  type PractitionerInput,
} from '../domain/directory';
import { searchKey } from '../rules/text';
import { importCsv, type CsvColumn, type CsvImport } from './csv-import';
import { writeCsv } from './csv-write';

type PractitionerKey = keyof PractitionerInput;
type ServiceKey = keyof LocalServiceInput;

export const practitionerColumns: readonly CsvColumn<PractitionerKey>[] = [
  { key: 'name', heading: 'Name', aliases: ['Full name', 'Practitioner', 'Practitioner name'], required: true },
  { key: 'role', heading: 'Role', aliases: ['Job title', 'Job role'], required: true },
  { key: 'agency', heading: 'Agency', aliases: ['Organisation', 'Organization', 'Service', 'Team'], required: true },
  { key: 'phone', heading: 'Phone', aliases: ['Phone number', 'Telephone', 'Tel'], required: false },
  { key: 'secureEmail', heading: 'Secure email', aliases: ['Email', 'Email address', 'Secure email address'], required: false },
];

export const serviceColumns: readonly CsvColumn<ServiceKey>[] = [
  { key: 'name', heading: 'Name', aliases: ['Service', 'Service name'], required: true },
  { key: 'offer', heading: 'What they offer', aliases: ['Offer', 'What it offers', 'Description'], required: true },
  { key: 'forWhom', heading: 'Who it is for', aliases: ['Who they are for', 'For', 'Eligibility'], required: true },
  { key: 'howToRefer', heading: 'How to refer', aliases: ['Referral', 'Referrals', 'How to get in touch'], required: true },
  { key: 'phone', heading: 'Phone', aliases: ['Phone number', 'Telephone', 'Tel'], required: false },
  { key: 'email', heading: 'Email', aliases: ['Email address'], required: false },
  { key: 'website', heading: 'Website', aliases: ['Web', 'Web address', 'URL'], required: false },
  { key: 'notes', heading: 'Notes', aliases: [], required: false },
];

export function importPractitionersCsv(text: string): CsvImport<PractitionerInput> {
  return importCsv(text, practitionerColumns, practitionerInputSchema, {
    duplicateKey: (p) => `${searchKey(p.name)}|${searchKey(p.agency)}`,
  });
}

export function importServicesCsv(text: string): CsvImport<LocalServiceInput> {
  return importCsv(text, serviceColumns, localServiceInputSchema, {
    duplicateKey: (s) => searchKey(s.name),
  });
}

export function exportPractitionersCsv(practitioners: readonly PractitionerInput[]): string {
  return writeCsv(
    practitionerColumns.map((c) => c.heading),
    practitioners.map((p) => practitionerColumns.map((c) => p[c.key] ?? '')),
  );
}

export function exportServicesCsv(services: readonly LocalServiceInput[]): string {
  return writeCsv(
    serviceColumns.map((c) => c.heading),
    services.map((s) => serviceColumns.map((c) => s[c.key])),
  );
}
