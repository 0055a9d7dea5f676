/**
 * The two kinds of directory entry, practitioners and local services, as one table: what each is
 * called, where its pages lead, its draft, fields and storage. The directory's pages (add, edit,
 * remove, the lists) are written once and take a kind.
 */
import type { ReactNode } from 'react';
import type { LocalService, LocalServiceInput, Practitioner, PractitionerInput } from '../../../shared/domain/directory';
import type { Validated } from '../../../shared/domain/family';
import type { TextFieldProps } from '../../components/form/field-props';
import { paths } from '../../components/paths';
import type { DirectoryRepository } from '../../data/repositories/directory';
import { practitionerCsv, serviceCsv, type CsvKind } from './csv-kinds';
import { emptyPractitionerDraft, isPractitionerDraft, practitionerDraftFrom, practitionerFieldId, validatePractitionerDraft, type PractitionerDraft } from './practitioner-draft';
import { PractitionerFields } from './PractitionerFields';
import { searchPractitioners, searchServices } from './search';
import { emptyServiceDraft, isServiceDraft, serviceDraftFrom, serviceFieldId, validateServiceDraft, type ServiceDraft } from './service-draft';
import { ServiceFields } from './ServiceFields';
import { usePractitioner, usePractitioners, useService, useServices } from './useDirectory';

export interface EntryKind<E extends V & { id: string }, D extends { [K in keyof D]: string }, V extends { name: string }> {
  /** The address's parameter that names one entry. */
  param: string;
  /** What one is called in running text, as in "Loading practitioner…". */
  what: string;
  /** Its list, where its pages lead back to. */
  back: { to: string; text: string };
  add: { to: string; title: string; lead: string; submitLabel: string };
  /** What its list says: heading, search, the count line's nouns, and the words when there are none. */
  list: {
    headingId: string;
    title: string;
    addLabel: string;
    search: { id: string; label: string; hint: string; find(all: readonly E[], query: string): E[] };
    noun: { one: string; many: string };
    empty: string;
  };
  /** What removing one does and does not change, in plain words, and the button that keeps it. */
  removal: { explanation: string; keepLabel: string };
  useAll(): E[] | undefined;
  /** One entry by id: `null` when there is none, `undefined` while loading. */
  useOne(id: string): E | null | undefined;
  /** The start of the draft's key: `${draftKey}:new` while adding, `${draftKey}:${id}` while editing. */
  draftKey: string;
  draftFrom(entry: E | undefined): D;
  isDraft(value: unknown): value is D;
  check(draft: D): Validated<V>;
  fieldId(path: string): string;
  fields(field: (name: keyof D & string) => TextFieldProps): ReactNode;
  csv: CsvKind<V>;
  store: {
    save(directory: DirectoryRepository, input: V, id: string | undefined): Promise<E>;
    remove(directory: DirectoryRepository, id: string): Promise<void>;
    import(directory: DirectoryRepository, rows: readonly V[]): Promise<number>;
  };
}

export const practitionerKind: EntryKind<Practitioner, PractitionerDraft, PractitionerInput> = {
  param: 'practitionerId',
  what: 'practitioner',
  back: { to: paths.directory(), text: 'Back to the directory' },
  add: {
    to: paths.newPractitioner(),
    title: 'Add a practitioner',
    lead: 'Someone from another service you work with. Once they are in the directory you can choose them for any family.',
    submitLabel: 'Save practitioner',
  },
  list: {
    headingId: 'practitioners-heading',
    title: 'Practitioners',
    addLabel: 'Add a practitioner',
    search: { id: 'practitioner-search', label: 'Search practitioners', hint: 'By name, role, agency or email address', find: searchPractitioners },
    noun: { one: 'practitioner', many: 'practitioners' },
    empty: 'Add the people you work with, or import them from a CSV file.',
  },
  removal: {
    explanation:
      'They will no longer be offered when you choose who is involved with a family. Plans and minutes that already name them keep their name as it was.',
    keepLabel: 'No, keep them',
  },
  useAll: usePractitioners,
  useOne: usePractitioner,
  draftKey: 'directory-practitioner',
  draftFrom: (p) => (p ? practitionerDraftFrom(p) : emptyPractitionerDraft()),
  isDraft: isPractitionerDraft,
  check: validatePractitionerDraft,
  fieldId: practitionerFieldId,
  fields: (field) => <PractitionerFields field={field} />,
  csv: practitionerCsv,
  store: {
    save: (directory, input, id) => directory.savePractitioner(input, id),
    remove: (directory, id) => directory.removePractitioner(id),
    import: (directory, rows) => directory.importPractitioners(rows),
  },
};

export const serviceKind: EntryKind<LocalService, ServiceDraft, LocalServiceInput> = {
  param: 'serviceId',
  what: 'local service',
  back: { to: paths.services(), text: 'Back to local services' },
  add: {
    to: paths.newService(),
    title: 'Add a local service',
    lead: 'A service families can be pointed to. Say in plain words what it offers, who it is for and how to get a place.',
    submitLabel: 'Save service',
  },
  list: {
    headingId: 'services-heading',
    title: 'Local services',
    addLabel: 'Add a local service',
    search: { id: 'service-search', label: 'Search local services', hint: 'By name, what they offer or who they are for', find: searchServices },
    noun: { one: 'local service', many: 'local services' },
    empty: 'Add services families can be pointed to, or import them from a CSV file.',
  },
  removal: {
    explanation: 'It will no longer be listed for families. Plans that already mention it keep what they say.',
    keepLabel: 'No, keep it',
  },
  useAll: useServices,
  useOne: useService,
  draftKey: 'directory-service',
  draftFrom: (s) => (s ? serviceDraftFrom(s) : emptyServiceDraft()),
  isDraft: isServiceDraft,
  check: validateServiceDraft,
  fieldId: serviceFieldId,
  fields: (field) => <ServiceFields field={field} />,
  csv: serviceCsv,
  store: {
    save: (directory, input, id) => directory.saveService(input, id),
    remove: (directory, id) => directory.removeService(id),
    import: (directory, rows) => directory.importServices(rows),
  },
};
