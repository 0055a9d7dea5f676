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
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['What to do next', 'The family’s path']);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(1);
  });

  it('drawn first without its steps, shows what to do next alone (the page adds the steps a frame later)', () => {
    drawn(false);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['What to do next']);
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });
});
