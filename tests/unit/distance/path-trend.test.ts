import { describe, expect, it } from 'vitest';
import { familyPath } from '../../../shared/rules/path';
import { newFamily } from '../path/fixtures';
import { meetings, plan, records } from './fixtures';

describe('the family’s path', () => {
  it('says how far the family has come beside the plan, once scaling has been recorded at two meetings', () => {
    const path = familyPath(newFamily({ plans: [plan], meetings, records }), new Date('2026-06-10T09:00:00Z'));
    expect(path.steps.find((s) => s.id === 'plan')?.reason).toBe(
      'Started on 20 February 2026, with Sam Patel as lead professional. Scaling went up from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026 (the average of everyone’s scores).',
    );
    const once = familyPath(newFamily({ plans: [plan], meetings, records: records.slice(0, 2) }), new Date('2026-06-10T09:00:00Z'));
    expect(once.steps.find((s) => s.id === 'plan')?.reason).toBe('Started on 20 February 2026, with Sam Patel as lead professional.');
  });
});
