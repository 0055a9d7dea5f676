import { createContext, useContext } from 'react';
import { getRepositories, type Repositories } from '../repositories';

export const RepositoriesContext = createContext<Repositories | null>(null);

/** Tests and stories can provide their own repositories; the app uses the real database. */
export function useRepositories(): Repositories {
  return useContext(RepositoriesContext) ?? getRepositories();
}
