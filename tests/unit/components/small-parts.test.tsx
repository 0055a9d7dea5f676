// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackToSettings } from '../../../renderer/components/BackLink';
import { SummaryRow } from '../../../renderer/components/SummaryRow';
import { FormActions } from '../../../renderer/components/form/FormActions';
import { SmallForm } from '../../../renderer/components/form/SmallForm';
import { useFocusWhen } from '../../../renderer/components/useFocusWhen';

afterEach(cleanup);

describe('SmallForm', () => {
  it('is a form named by its h3, and Enter or the button submits it without the browser’s own submit', async () => {
    const onSubmit = vi.fn();
    render(
      <SmallForm headingId="holiday-add-heading" title="Add a holiday" submitLabel="Add the holiday" onSubmit={onSubmit}>
        <label htmlFor="holiday-name">Name</label>
        <input id="holiday-name" />
      </SmallForm>,
    );
    const form = screen.getByRole('form', { name: 'Add a holiday' });
    expect(screen.getByRole('heading', { level: 3, name: 'Add a holiday' }).id).toBe('holiday-add-heading');
    expect(form.hasAttribute('novalidate')).toBe(true);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Carnival{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Add the holiday' }));
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('button', { name: /cancel/i })).toBeNull();
  });

  it('a confirming form has a warning submit and a button to go back that does not submit', async () => {
    const onSubmit = vi.fn();
    const onCancel = vi.fn();
    render(
      <SmallForm
        className="form confirm-panel"
        headingId="cancel-confirm-heading"
        title="Cancel this meeting?"
        submitLabel="Yes, cancel the meeting"
        warning
        cancelLabel="No, keep the meeting"
        onCancel={onCancel}
        onSubmit={onSubmit}
      />,
    );
    expect(screen.getByRole('form', { name: 'Cancel this meeting?' }).className).toBe('form confirm-panel');
    expect(screen.getByRole('button', { name: 'Yes, cancel the meeting' }).className).toBe('button button--warning');
    await userEvent.click(screen.getByRole('button', { name: 'No, keep the meeting' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('FormActions row', () => {
  it('sits at the foot of a page form by default, and in a button group when asked', () => {
    const { container } = render(
      <form aria-label="Two">
        <FormActions submitLabel="Find meeting times" />
        <FormActions className="button-group" submitLabel="Save the change" />
      </form>,
    );
    expect(screen.getByRole('button', { name: 'Find meeting times' }).parentElement?.className).toBe('form__actions');
    expect(screen.getByRole('button', { name: 'Save the change' }).parentElement?.className).toBe('button-group');
    expect(container.querySelectorAll('button[disabled]')).toHaveLength(0);
  });
});

describe('SummaryRow', () => {
  it('is one term and its description', () => {
    render(
      <dl>
        <SummaryRow label="When">Tuesday 1 December 2026, 10:00</SummaryRow>
      </dl>,
    );
    expect(screen.getByRole('term').textContent).toBe('When');
    expect(screen.getByRole('definition').textContent).toBe('Tuesday 1 December 2026, 10:00');
  });
});

describe('BackToSettings', () => {
  it('links back to the settings page', async () => {
    const router = createMemoryRouter(
      [
        { path: '/settings/calendar', element: <BackToSettings /> },
        { path: '/settings', element: <p>Settings page</p> },
      ],
      { initialEntries: ['/settings/calendar'] },
    );
    render(<RouterProvider router={router} />);
    await userEvent.click(screen.getByRole('link', { name: 'Back to settings' }));
    expect(router.state.location.pathname).toBe('/settings');
  });
});

describe('useFocusWhen', () => {
  function Check() {
    const [result, setResult] = useState<string | null>(null);
    const ref = useFocusWhen<HTMLDivElement>(result);
    return (
      <>
        <button type="button" onClick={() => setResult('All links are whole.')}>
          Check
        </button>
        <div ref={ref} tabIndex={-1} role="status">
          {result}
        </div>
      </>
    );
  }

  it('focuses the element once there is something to show, not before', async () => {
    render(<Check />);
    const button = screen.getByRole('button', { name: 'Check' });
    button.focus();
    expect(document.activeElement).toBe(button);
    await userEvent.click(button);
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });
});
