// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FlashNotice, flashFrom } from '../../../renderer/components/notices/FlashNotice';
import { FamilyNotFound, MeetingNotFound, NotFound } from '../../../renderer/components/notices/NotFound';
import { RestoredDraftNotice } from '../../../renderer/components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../../renderer/components/notices/SaveProblem';

afterEach(cleanup);

function inRouter(element: React.ReactNode) {
  const router = createMemoryRouter(
    [
      { path: '/start', element },
      { path: '/families', element: <p>The list of families</p> },
    ],
    { initialEntries: ['/start'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('RestoredDraftNotice', () => {
  it('says when the draft was typed, London time, and what has not happened yet', () => {
    render(<RestoredDraftNotice restoredAt="2026-07-01T09:05:00Z" what="saved to the plan" onDiscard={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('We kept what you typed on 1 July 2026 at 10:05. It has not been saved to the plan yet.');
  });

  it('the discard button starts again', async () => {
    const onDiscard = vi.fn();
    render(<RestoredDraftNotice restoredAt="2026-07-01T09:05:00Z" what="saved" onDiscard={onDiscard} />);
    await userEvent.click(screen.getByRole('button', { name: 'Discard what you typed and start again' }));
    expect(onDiscard).toHaveBeenCalledTimes(1);
  });

  it('shows nothing when no draft was kept', () => {
    render(<RestoredDraftNotice restoredAt={null} what="saved" onDiscard={() => {}} />);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('NotFound', () => {
  it('has the heading, the message and a link back that works', async () => {
    const router = inRouter(<NotFound heading="Practitioner not found" message="This practitioner is not in the directory." link={{ to: '/families', text: 'Go back' }} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Practitioner not found' })).toBeTruthy();
    expect(screen.getByText(/This practitioner is not in the directory\./)).toBeTruthy();
    await userEvent.click(screen.getByRole('link', { name: 'Go back' }));
    expect(router.state.location.pathname).toBe('/families');
    expect(screen.getByText('The list of families')).toBeTruthy();
  });

  it('the family version names the family list', () => {
    inRouter(<FamilyNotFound />);
    expect(screen.getByRole('heading', { level: 1, name: 'Family not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the list of families' }).getAttribute('href')).toBe('/families');
  });
});

describe('saved and problem notices', () => {
  it('a flash notice is a status that can take focus; nothing without a message', () => {
    const { rerender } = render(<FlashNotice message={null} takeFocus />);
    expect(screen.queryByRole('status')).toBeNull();
    rerender(<FlashNotice message="Sam Patel has been added" takeFocus />);
    expect(screen.getByRole('status').textContent).toBe('Sam Patel has been added');
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  it('flashFrom reads only a string flash from router state', () => {
    expect(flashFrom({ flash: 'Saved' })).toBe('Saved');
    expect(flashFrom({ flash: 3 })).toBeNull();
    expect(flashFrom(null)).toBeNull();
  });

  it('a save problem is an alert', () => {
    render(<SaveProblem message="There is no room left to save." />);
    expect(screen.getByRole('alert').textContent).toBe('There is no room left to save.');
  });
});

describe('MeetingNotFound', () => {
  it('links to the family’s meetings', () => {
    inRouter(<MeetingNotFound familyId="fam1" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Meeting not found' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the family’s meetings' }).getAttribute('href')).toBe('/families/fam1/meetings');
  });
});
