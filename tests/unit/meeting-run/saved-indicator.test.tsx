// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SavedIndicator } from '../../../renderer/features/meeting-run/SavedIndicator';

afterEach(cleanup);

const at = new Date('2026-12-03T16:02:00Z');
const noop = () => {};

describe('the saved line on the live screen', () => {
  it('says when everything was saved', () => {
    render(<SavedIndicator state={{ status: 'saved', at }} lastSavedAt={at} slowSave={false} onRetry={noop} />);
    expect(screen.getByRole('status').textContent).toBe('Saved at 16:02');
  });

  it('names the one field that is not saved, with a link that takes focus to it', async () => {
    render(
      <>
        <textarea id="notes-welcome" aria-label="Notes on “Welcome”" />
        <SavedIndicator state={{ status: 'saved', at }} lastSavedAt={at} slowSave={false} onRetry={noop} problems={[{ id: 'notes-welcome', label: 'the notes on “Welcome”' }]} />
      </>,
    );
    expect(screen.getByRole('status').textContent).toBe('Saved, except one field: the notes on “Welcome”.');
    await userEvent.click(screen.getByRole('link', { name: 'the notes on “Welcome”' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Notes on “Welcome”' }));
  });

  it('names several, and one it cannot link to in words only', () => {
    render(
      <SavedIndicator
        state={{ status: 'saved', at }}
        lastSavedAt={at}
        slowSave={false}
        onRetry={noop}
        problems={[
          { id: 'run-family-views-text', label: 'the family’s views' },
          { id: undefined, label: 'one part of the meeting' },
        ]}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('Saved, except 2 fields: the family’s views, one part of the meeting.');
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });

  it('a failed save still says so first, with a way to try again', () => {
    render(<SavedIndicator state={{ status: 'failed', message: 'The disk is full.' }} lastSavedAt={at} slowSave={false} onRetry={noop} problems={[{ id: 'x', label: 'y' }]} />);
    expect(screen.getByRole('status').textContent).toBe('Not saved. The disk is full.');
    expect(screen.getByRole('button', { name: 'Try saving again' }).hasAttribute('disabled')).toBe(false);
  });
});
