// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { FamilyPath, type PathData } from '../../../renderer/features/path';
import { separatedFamily } from '../shared/fixtures';

afterEach(cleanup);

const NOTHING_YET: PathData = { consent: [], plans: [], timetable: null, meetings: [], records: [], minutes: [], invitationsSent: [] };

function drawn(steps?: boolean) {
  return render(
    <MemoryRouter>
      <FamilyPath family={separatedFamily()} data={NOTHING_YET} steps={steps} />
    </MemoryRouter>,
  );
}

describe('the top of a family’s page', () => {
  it('shows what to do next and every step of the path', () => {
    drawn();
    expect(screen.getByRole('heading', { level: 2, name: 'What to do next' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'The family’s path' })).toBeTruthy();
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(1);
  });

  it('drawn first without its steps, shows what to do next alone (the page adds the steps a frame later)', () => {
    drawn(false);
    expect(screen.getByRole('heading', { level: 2, name: 'What to do next' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'The family’s path' })).toBeNull();
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});
