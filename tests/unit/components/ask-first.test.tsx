// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AskFirst } from '../../../renderer/components/AskFirst';

afterEach(cleanup);

function Asked({ onYes }: { onYes(): void }) {
  const [asking, setAsking] = useState(false);
  return (
    <AskFirst
      asking={asking}
      onAskingChange={setAsking}
      askLabel="Delete this briefing"
      askId="delete-briefing"
      warning
      questionId="delete-question"
      question="Delete “Briefing for Ava”? This cannot be undone."
      yesLabel="Yes, delete it"
      onYes={onYes}
    >
      <p>A copy you saved as a file is not deleted.</p>
    </AskFirst>
  );
}

describe('AskFirst', () => {
  it('opens the question with focus on it, and says yes only when asked', async () => {
    const onYes = vi.fn();
    render(<Asked onYes={onYes} />);
    const ask = screen.getByRole('button', { name: 'Delete this briefing' });
    expect(ask.className).toBe('button button--warning');
    await userEvent.click(ask);
    const question = screen.getByRole('heading', { level: 3, name: 'Delete “Briefing for Ava”? This cannot be undone.' });
    expect(document.activeElement).toBe(question);
    expect(screen.getByRole('group', { name: 'Delete “Briefing for Ava”? This cannot be undone.' }).textContent).toContain('A copy you saved as a file is not deleted.');
    expect(screen.queryByRole('button', { name: 'Delete this briefing' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(onYes).toHaveBeenCalledTimes(1);
  });

  it('closes the question on no, giving focus back to the button that asked', async () => {
    const onYes = vi.fn();
    render(<Asked onYes={onYes} />);
    await userEvent.click(screen.getByRole('button', { name: 'Delete this briefing' }));
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete this briefing' }));
    expect(onYes).not.toHaveBeenCalled();
  });

  it('disables yes while the change is being made', () => {
    render(
      <AskFirst asking onAskingChange={() => undefined} askLabel="Remove" askId="remove" questionId="q" question="Remove it?" yesLabel="Yes, remove it" onYes={() => undefined} busy />,
    );
    expect((screen.getByRole('button', { name: 'Yes, remove it' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'No, keep it' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
