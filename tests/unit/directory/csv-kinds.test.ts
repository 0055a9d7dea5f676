import { describe, expect, it } from 'vitest';
import { alreadyListedNote, countAlreadyListed, practitionerCsv, serviceCsv } from '../../../renderer/features/directory/csv-kinds';
import type { PractitionerInput } from '../../../shared/domain/directory';

const sam: PractitionerInput = { name: 'Sam Patel', role: 'School nurse', agency: 'Health', phone: '', secureEmail: 'sam@nhs.net' };

describe('the CSV kinds', () => {
  it('explain in one line which headings the file needs', () => {
    expect(practitionerCsv.requirement).toContain('Name, Role, Agency, Phone, Secure email');
    expect(serviceCsv.requirement).toContain('Name, What they offer, Who it is for, How to refer, Phone, Email, Website, Notes');
  });

  it('write an empty template with only the headings', () => {
    expect(practitionerCsv.write([])).toBe('\uFEFFName,Role,Agency,Phone,Secure email\r\n');
    expect(serviceCsv.write([])).toBe('\uFEFFName,What they offer,Who it is for,How to refer,Phone,Email,Website,Notes\r\n');
  });

  it('use different file names for the directory and the template', () => {
    expect([practitionerCsv.fileName, practitionerCsv.templateName, serviceCsv.fileName, serviceCsv.templateName]).toEqual([
      'practitioners.csv',
      'practitioners-template.csv',
      'local-services.csv',
      'local-services-template.csv',
    ]);
  });
});

describe('rows already in the directory', () => {
  it('are counted by name and agency, ignoring case and accents', () => {
    const rows = [{ ...sam, name: 'SAM PATEL' }, { ...sam, agency: 'Housing' }, { ...sam, name: 'Séan' }];
    expect(countAlreadyListed(practitionerCsv, rows, [sam, { ...sam, name: 'Sean' }])).toBe(2);
  });

  it('are mentioned only when there are some', () => {
    expect(alreadyListedNote(practitionerCsv, 0)).toBeNull();
    expect(alreadyListedNote(practitionerCsv, 1)).toBe('1 of them has the same name and agency as someone already in the directory and would be added again.');
    expect(alreadyListedNote(serviceCsv, 3)).toBe('3 of them have the same name as a service already in the directory and would be added again.');
  });
});
