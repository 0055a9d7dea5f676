// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Validated } from '../../../shared/domain/family';
import { ErrorSummary } from '../../../renderer/components/ErrorSummary';
import { TextField } from '../../../renderer/components/TextField';
import { SaveProblem } from '../../../renderer/components/notices/SaveProblem';
import { SaveRefused, useDraftForm } from '../../../renderer/components/form/useDraftForm';
import { useFormSubmit } from '../../../renderer/components/form/useFormSubmit';
import { useAutosavedDraft } from '../../../renderer/data/hooks/useAutosavedDraft';
import { RepositoriesContext } from '../../../renderer/data/hooks/useRepositories';
import type { Repositories } from '../../../renderer/data/repositories';

afterEach(cleanup);

interface Pet {
  name: string;
}
const checkPet = (pet: Pet): Validated<Pet> => (pet.name.trim() === '' ? { ok: false, errors: [{ path: 'name', message: 'Enter the pet’s name' }] } : { ok: true, value: pet });
const isPet = (v: unknown): v is Pet => typeof v === 'object' && v !== null && typeof (v as Pet).name === 'string';

/** An in-memory drafts table, as the repository the hook writes through. */
function memoryDrafts(stored: Record<string, { value: unknown; savedAt: string }> = {}) {
  const rows = { ...stored };
  return {
    rows,
    repositories: {
      drafts: {
        load: async (key: string, guard: (v: unknown) => boolean) => (rows[key] && guard(rows[key].value) ? rows[key] : undefined),
        save: async (key: string, value: unknown) => {
          rows[key] = { value, savedAt: '2026-11-23T09:15:00.000Z' };
        },
        clear: async (key: string) => {
          delete rows[key];
        },
      },
    } as unknown as Repositories,
  };
}

function PetForm({ save, afterSave, afterCancel }: { save(pet: Pet): Promise<string>; afterSave(r: string): void; afterCancel(): void }) {
  const form = useDraftForm({ draftKey: 'pet-form', initial: () => ({ name: '' }), isDraft: isPet, check: checkPet, save, afterSave, afterCancel });
  if (!form.value) return <p>Loading…</p>;
  return (
    <form noValidate onSubmit={form.submit}>
      <ErrorSummary errors={form.errors.map((e) => ({ fieldId: `pet-${e.path}`, message: e.message }))} attempt={form.attempt} />
      <SaveProblem message={form.saveError} />
      <TextField id="pet-name" label="Pet’s name" value={form.value.name} error={form.errorAt('name')} onValueChange={(name) => form.change({ name })} />
      <button type="submit" disabled={form.saving}>
        Save
      </button>
      <button type="button" onClick={() => void form.cancel()}>
        Cancel
      </button>
    </form>
  );
}

function withRepositories(repositories: Repositories, children: ReactNode) {
  return <RepositoriesContext.Provider value={repositories}>{children}</RepositoriesContext.Provider>;
}

describe('useDraftForm', () => {
  it('keeps what is typed as a draft, shows messages only after the first attempt, and they follow the corrections', async () => {
    const { rows, repositories } = memoryDrafts();
    const save = vi.fn(async (pet: Pet) => pet.name);
    render(withRepositories(repositories, <PetForm save={save} afterSave={() => {}} afterCancel={() => {}} />));
    const name = await screen.findByRole('textbox', { name: 'Pet’s name' });
    expect(screen.queryByRole('alert')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveProperty('textContent', expect.stringContaining('Enter the pet’s name'));
    expect(save).not.toHaveBeenCalled();

    await userEvent.type(name, 'Biscuit');
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(rows['pet-form']?.value).toEqual({ name: 'Biscuit' }));
  });

  it('saves the checked value once, runs afterSave and removes the draft', async () => {
    const { rows, repositories } = memoryDrafts({ 'pet-form': { value: { name: 'Biscuit' }, savedAt: '2026-11-22T10:00:00.000Z' } });
    let finish: (name: string) => void = () => {};
    const save = vi.fn((_pet: Pet) => new Promise<string>((resolve) => (finish = resolve)));
    const afterSave = vi.fn();
    render(withRepositories(repositories, <PetForm save={save} afterSave={afterSave} afterCancel={() => {}} />));
    expect(await screen.findByRole('textbox', { name: 'Pet’s name' })).toHaveProperty('value', 'Biscuit');

    const button = screen.getByRole('button', { name: 'Save' });
    await userEvent.click(button);
    await userEvent.click(button);
    expect(save).toHaveBeenCalledTimes(1);
    expect(button).toHaveProperty('disabled', true);
    await act(async () => finish('Biscuit'));
    await waitFor(() => expect(afterSave).toHaveBeenCalledWith('Biscuit'));
    await waitFor(() => expect(rows['pet-form']).toBeUndefined());
  });

  it('keeps everything on screen with the reason when the save is refused or storage fails', async () => {
    const { rows, repositories } = memoryDrafts({ 'pet-form': { value: { name: 'Biscuit' }, savedAt: '2026-11-22T10:00:00.000Z' } });
    const save = vi
      .fn<(pet: Pet) => Promise<string>>()
      .mockRejectedValueOnce(new SaveRefused('A pet with that name is already on the list'))
      .mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    const afterSave = vi.fn();
    render(withRepositories(repositories, <PetForm save={save} afterSave={afterSave} afterCancel={() => {}} />));
    await screen.findByRole('textbox', { name: 'Pet’s name' });

    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('A pet with that name is already on the list');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/out of storage space/));
    expect(afterSave).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Pet’s name' })).toHaveProperty('value', 'Biscuit');
    expect(rows['pet-form']?.value).toEqual({ name: 'Biscuit' });
  });

  it('discards the draft on cancel', async () => {
    const { rows, repositories } = memoryDrafts({ 'pet-form': { value: { name: 'Biscuit' }, savedAt: '2026-11-22T10:00:00.000Z' } });
    const afterCancel = vi.fn();
    render(withRepositories(repositories, <PetForm save={async () => ''} afterSave={() => {}} afterCancel={afterCancel} />));
    await screen.findByRole('textbox', { name: 'Pet’s name' });
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(afterCancel).toHaveBeenCalled());
    expect(rows['pet-form']).toBeUndefined();
  });
});

describe('useFormSubmit with resetAfterSave', () => {
  function Notes({ save }: { save(text: string): Promise<void> }) {
    const [text, setText] = useState('');
    const form = useFormSubmit<string, void>({
      check: () => (text.trim() === '' ? { ok: false, errors: [{ path: 'note', message: 'Write the note' }] } : { ok: true, value: text }),
      save,
      afterSave: () => setText(''),
      resetAfterSave: true,
    });
    return (
      <form noValidate onSubmit={form.submit}>
        <TextField id="note" label="Note" value={text} error={form.errorAt('note')} onValueChange={setText} />
        <button type="submit">Add</button>
      </form>
    );
  }

  it('starts again with no messages after a save, so the emptied form does not show "Write the note"', async () => {
    const save = vi.fn(async () => {});
    render(<Notes save={save} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('textbox', { name: 'Note' }).getAttribute('aria-describedby')).toContain('note-error');
    await userEvent.type(screen.getByRole('textbox', { name: 'Note' }), 'Ring the school');
    await userEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith('Ring the school'));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Note' })).toHaveProperty('value', ''));
    expect(screen.queryByText('Write the note')).toBeNull();
  });
});

describe('useAutosavedDraft while the stored draft is still being read', () => {
  interface Quick {
    what: string;
    who: string;
  }
  const isQuick = (v: unknown): v is Quick => typeof v === 'object' && v !== null && typeof (v as Quick).what === 'string';

  function QuickBox() {
    const draft = useAutosavedDraft<Quick>('quick', () => ({ what: '', who: '' }), isQuick);
    const value = draft.value ?? { what: '', who: '' };
    return <TextField id="quick-what" label="What will be done" value={value.what} onValueChange={(what) => draft.update((d) => ({ ...d, what }))} />;
  }

  it('keeps what is typed before the read finishes, on top of the draft it finds, and saves it', async () => {
    const { rows, repositories } = memoryDrafts({ quick: { value: { what: '', who: 'Ana Ruiz' }, savedAt: '2026-11-23T09:00:00.000Z' } });
    let release = () => {};
    const read = new Promise<void>((resolve) => (release = resolve));
    const slow = { ...repositories, drafts: { ...repositories.drafts, load: async (key: string, guard: (v: unknown) => boolean) => read.then(() => repositories.drafts.load(key, guard as never)) } } as unknown as Repositories;
    render(withRepositories(slow, <QuickBox />));
    const what = screen.getByRole('textbox', { name: 'What will be done' });

    await userEvent.type(what, 'Tak');
    expect(what).toHaveProperty('value', 'Tak');
    await act(async () => release());
    await userEvent.type(what, 'e Leo');

    expect(what).toHaveProperty('value', 'Take Leo');
    await waitFor(() => expect(rows.quick?.value).toEqual({ what: 'Take Leo', who: 'Ana Ruiz' }));
  });
});
