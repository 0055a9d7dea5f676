/** Errors from storage, turned into words a user can act on. Never include the data itself. */
export class StorageError extends Error {
  constructor(
    message: string,
    readonly kind: 'disk-full' | 'invalid' | 'not-found' | 'unavailable',
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const inner = (error as { inner?: unknown }).inner;
    if (inner && typeof inner === 'object' && 'name' in inner) return String((inner as { name: unknown }).name);
    if ('name' in error) return String((error as { name: unknown }).name);
  }
  return '';
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return new StorageError(
      'Your computer is out of storage space, so this change has not been saved yet. What you typed is still on screen: free some space and it will save.',
      'disk-full',
    );
  }
  return new StorageError('This change could not be saved. What you typed is still on screen; try again in a moment.', 'unavailable');
}

/** Runs a storage read or write, turning whatever it throws into a {@link StorageError}. */
export async function storageWork<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
