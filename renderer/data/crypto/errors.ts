/** Errors from encryption at rest, in words a user can act on. None ever carries record content or key material. */

export class DatabaseLockedError extends Error {
  constructor() {
    super('Team Around is locked. Unlock it with your passphrase to see or change records.');
    this.name = 'DatabaseLockedError';
  }
}

export type DecryptionProblem = 'altered' | 'unknown-key' | 'newer-format' | 'not-encrypted';

const DECRYPTION_MESSAGES: Record<DecryptionProblem, (table: string) => string> = {
  altered: (t) => `A saved record in "${t}" could not be read: it has been changed outside Team Around, or moved from another record or table.`,
  'unknown-key': (t) => `A saved record in "${t}" was encrypted with a key this copy of Team Around does not have.`,
  'newer-format': (t) => `A saved record in "${t}" was written by a newer version of Team Around. Update the app to read it.`,
  'not-encrypted': (t) => `A saved record in "${t}" is not encrypted, so it was not trusted. It may have been added outside Team Around.`,
};

export class RecordDecryptionError extends Error {
  constructor(
    readonly table: string,
    readonly problem: DecryptionProblem,
  ) {
    super(DECRYPTION_MESSAGES[problem](table));
    this.name = 'RecordDecryptionError';
  }
}

export class KeyWornOutError extends Error {
  constructor() {
    super('The encryption key has been used for as many saves as is safe. Change to a new key (key rotation) before saving more.');
    this.name = 'KeyWornOutError';
  }
}

export class UnsupportedTableError extends Error {
  constructor(table: string, why: string) {
    super(`The table "${table}" cannot be encrypted at rest: ${why}`);
    this.name = 'UnsupportedTableError';
  }
}

export type KeyringProblem = 'wrong-passphrase' | 'wrong-recovery-key' | 'weak-parameters' | 'damaged' | 'weak-passphrase' | 'wrong-key';

export class KeyringError extends Error {
  constructor(
    readonly problem: KeyringProblem,
    message: string,
  ) {
    super(message);
    this.name = 'KeyringError';
  }
}
