// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AskFirst } from '../../../renderer/components/AskFirst';

afterEach(cleanup);

const PRACTICE_QUESTION = {
  askLabel: 'Remove the practice family',
  askId: 'practice-remove',
  question: 'Remove the practice family?',
  questionId: 'practice-confirm-heading',
  yesLabel: 'Yes, remove the practice family',
};

function Asked({ onYes }: { onYes(): void }) {
  const [asking, setAsking] = useState(false);
  return (
    <AskFirst {...PRACTICE_QUESTION} asking={asking} onAskingChange={setAsking} onYes={onYes}>
      <p>Real families are not touched.</p>
    </AskFirst>
  );
}

describe('AskFirst', () => {
  it('opens the question with focus on it, and says yes only when asked', async () => {
    const onYes = vi.fn();
    render(<Asked onYes={onYes} />);
    const ask = screen.getByRole('button', { name: 'Remove the practice family' });
    expect(ask.className).toBe('button button--secondary');
    await userEvent.click(ask);
    const question = screen.getByRole('heading', { level: 3, name: 'Remove the practice family?' });
    expect(document.activeElement).toBe(question);
    expect(screen.getByRole('group', { name: 'Remove the practice family?' }).textContent).toContain('Real families are not touched.');
    expect(screen.queryByRole('button', { name: 'Remove the practice family' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, remove the practice family' }));
    expect(onYes).toHaveBeenCalledTimes(1);
  });

  it('closes the question on no, giving focus back to the button that asked', async () => {
    const onYes = vi.fn();
    render(<Asked onYes={onYes} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove the practice family' }));
    await userEvent.click(screen.getByRole('button', { name: 'No, keep it' }));
    expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove the practice family' }));
    expect(onYes).not.toHaveBeenCalled();
  });

  it('can ask in the warning colour', () => {
    render(<AskFirst asking={false} onAskingChange={() => undefined} askLabel="Delete this briefing" askId="delete-briefing" warning questionId="q" question="Delete it?" yesLabel="Yes, delete it" onYes={() => undefined} />);
    expect(screen.getByRole('button', { name: 'Delete this briefing' }).className).toBe('button button--warning');
  });

  it('disables yes while the change is being made', () => {
    render(<AskFirst asking onAskingChange={() => undefined} askLabel="Remove" askId="remove" questionId="q" question="Remove it?" yesLabel="Yes, remove it" onYes={() => undefined} busy />);
    expect((screen.getByRole('button', { name: 'Yes, remove it' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'No, keep it' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
