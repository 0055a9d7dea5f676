// @vitest-environment happy-dom
/**
 * The families list draws the read begun at unlock in its very first render (0060, "The list read
 * starts at unlock"), once only, and its live query takes over for every change after that.
 */
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { dropFamilyListPrefetch, peekFamilyListPrefetch, startFamilyListPrefetch } from '../../../renderer/data/family-list-prefetch';
import { RepositoriesContext } from '../../../renderer/data/hooks/useRepositories';
import { createRepositories, type Repositories } from '../../../renderer/data/repositories';
import type { FamilyContent } from '../../../renderer/data/repositories/families';
import { readFamilyList, repairFamilyListPages } from '../../../renderer/data/repositories/family-list-pages';
import { FamiliesListPage } from '../../../renderer/features/families/FamiliesListPage';
import { separatedFamilyContent } from '../shared/fixtures';

const NOW = new Date('2026-11-23T10:15:00.000Z');

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;

const content = (familyName: string): FamilyContent => separatedFamilyContent(familyName);

/** As at unlock: the read starts, and has finished by the time the list first renders. */
async function readAtUnlock(): Promise<void> {
  startFamilyListPrefetch(repos.families, db);
  await peekFamilyListPrefetch(repos.families)?.settled;
}

function drawList() {
  return render(
    <RepositoriesContext.Provider value={repos}>
      <MemoryRouter initialEntries={['/families']}>
        <FamiliesListPage />
      </MemoryRouter>
    </RepositoriesContext.Provider>,
  );
}

const familyNames = () =>
  within(screen.getByRole('list', { name: 'Families' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

beforeEach(async () => {
  db = new TeamAroundDatabase(`list-read-at-unlock-test-${++n}`);
  await db.open();
  repos = createRepositories(db, () => NOW);
  await repos.families.create(content('Brown'));
  await repos.families.create(content('Ahmed'));
});

afterEach(async () => {
  cleanup();
  dropFamilyListPrefetch();
  db.close();
  await db.delete();
});

describe('the families list after an unlock onto it', () => {
  it('draws the families read at unlock in its first render, without waiting for its own read', async () => {
    await readAtUnlock();
    drawList();
    expect(familyNames()).toEqual(['Ahmed', 'Brown']);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '2 families.');
  });

  it('uses that read once: coming back to the list reads afresh', async () => {
    await readAtUnlock();
    drawList().unmount();
    drawList();
    expect(screen.queryByText('Loading families…')).not.toBeNull();
    await screen.findByRole('link', { name: 'Ahmed' });
    expect(familyNames()).toEqual(['Ahmed', 'Brown']);
  });

  it('shows a change as soon as it is saved: the live query replaces the read at unlock', async () => {
    await readAtUnlock();
    drawList();
    const [ahmed] = (await repos.families.list()).filter((f) => f.familyName === 'Ahmed');
    if (!ahmed) throw new Error('No family to rename.');
    await act(() => repos.families.update(ahmed.id, content('Campbell')));
    await screen.findByRole('link', { name: 'Campbell' });
    expect(familyNames()).toEqual(['Brown', 'Campbell']);
  });

  it('never draws a read made out of date by a save before the list is shown', async () => {
    await readAtUnlock();
    await repos.families.create(content('Davies'));
    drawList();
    expect(screen.queryByText('Loading families…')).not.toBeNull();
    await screen.findByRole('link', { name: 'Davies' });
    expect(familyNames()).toEqual(['Ahmed', 'Brown', 'Davies']);
  });

  it('draws nothing read in a session that has locked since', async () => {
    await readAtUnlock();
    dropFamilyListPrefetch();
    drawList();
    expect(screen.queryByText('Loading families…')).not.toBeNull();
    await screen.findByRole('link', { name: 'Ahmed' });
    expect(familyNames()).toEqual(['Ahmed', 'Brown']);
  });

  it('draws the first page alone when there is one, with the count of all, then the whole list in the same order', async () => {
    for (let i = 0; i < 53; i++) await repos.families.create(content(`Family ${String(i).padStart(2, '0')}`));
    // The list's read writes the first page (0063).
    const read = await readFamilyList(db);
    await repairFamilyListPages(db, read.damaged, read.firstPageWrong);
    await readAtUnlock();
    expect(peekFamilyListPrefetch(repos.families)?.current()).toMatchObject({ count: 55, complete: false });
    drawList();
    const first = familyNames();
    expect(first).toHaveLength(50);
    expect(first.slice(0, 3)).toEqual(['Ahmed', 'Brown', 'Family 00']);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '55 families.');
    expect(screen.getByText(/Showing 50 of 55/)).not.toBeNull();
    // The rest comes with the whole list, read after the first cards, which stay where they were.
    fireEvent.click(screen.getByRole('button', { name: 'Show 5 more families' }));
    await waitFor(() => expect(familyNames()).toHaveLength(55));
    expect(familyNames().slice(0, 50)).toEqual(first);
  });

  it('waits for a read still under way at unlock, then draws it', async () => {
    startFamilyListPrefetch(repos.families, db);
    drawList();
    expect(screen.queryByText('Loading families…')).not.toBeNull();
    await screen.findByRole('link', { name: 'Brown' });
    expect(familyNames()).toEqual(['Ahmed', 'Brown']);
  });
});
