/** Suggestions for the agency box: the ones this family has been asked about, the directory's, then common ones. Pure. */
import type { ConsentEvent } from '../../../shared/domain/consent';
import { searchKey } from '../../../shared/rules/text';

export const COMMON_AGENCIES = [
  'School',
  'Nursery',
  'Health visitor',
  'School nurse',
  'GP',
  'Housing',
  "Children's centre",
  'Child and adolescent mental health services (CAMHS)',
  'Adult mental health services',
  'Drug and alcohol service',
  'Police',
  'Youth service',
] as const;

export function agencySuggestions(log: readonly ConsentEvent[], directoryAgencies: readonly string[]): string[] {
  const fromLog = log.flatMap((e) => (e.scope.type === 'share' && e.scope.recipient.kind === 'agency' ? [e.scope.recipient.agency] : []));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of [...fromLog, ...directoryAgencies, ...COMMON_AGENCIES]) {
    const key = searchKey(name);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
