import { getDatabase, type TeamAroundDatabase } from '../db';
import { createActionRepository, type ActionRepository } from './actions';
import { createDraftRepository, type DraftRepository } from './drafts';
import { createFamilyRepository, type FamilyRepository } from './families';

export interface Repositories {
  families: FamilyRepository;
  drafts: DraftRepository;
  actions: ActionRepository;
}

export function createRepositories(db: TeamAroundDatabase): Repositories {
  return { families: createFamilyRepository(db), drafts: createDraftRepository(db), actions: createActionRepository(db) };
}

let repositories: Repositories | undefined;

export function getRepositories(): Repositories {
  repositories ??= createRepositories(getDatabase());
  return repositories;
}
