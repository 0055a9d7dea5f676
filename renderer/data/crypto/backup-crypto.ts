/**
 * Writing and reading encrypted backups. Each backup has its own random salt; HKDF turns the data
 * key and that salt into an encryption key, a MAC key and a key check. Reading checks everything
 * (magic, version, key, MAC, manifest, hashes, counts, schema, records) before returning anything,
 * and refuses with a BackupError whose message says what is wrong.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { equalBytes, utf8ToBytes } from '@noble/ciphers/utils.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64ToBytes, bytesToBase64 } from '../../../shared/bytes';
import {
  BACKUP_FORMAT_VERSION,
  BackupError,
  LEGACY_FORMAT_VERSION,
  appendDigest,
  assembleContainer,
  decodeManifest,
  encodeManifest,
  packTables,
  parseContainer,
  unpackTables,
  type BackupHeader,
  type BackupTables,
} from '../../../shared/backup/backup-format';
import { randomBytes, type DataKey } from './data-key';
import { parseKeyEnvelope, type KeyEnvelope } from './keys';

const SALT_BYTES = 32;
const IV_BYTES = 12;
const KEY_CHECK_BYTES = 16;
const MANIFEST_AAD = utf8ToBytes('team-around/backup/manifest/v1');
const PAYLOAD_AAD = utf8ToBytes('team-around/backup/payload/v1');

export interface WriteBackupInput {
  tables: BackupTables;
  dataKey: DataKey;
  /** Travels in the header, so the backup can be restored on a new computer with the passphrase or recovery key. */
  keyEnvelope: KeyEnvelope;
  schemaVersion: number;
  now?: Date;
  /** 1 writes the older layout without the digest: only to prove such backups are still read. */
  formatVersion?: 1 | 2;
}

export interface BackupExpectations {
  /** The app's current schema version; newer backups are refused. */
  schemaVersion: number;
  /** The oldest schema version the restore can migrate from (default: the current one). */
  oldestSchemaVersion?: number;
  /** Every table the app knows; a backup holding any other is refused. */
  tables: readonly string[];
  /** Checks one record (e.g. with its zod schema); one invalid record refuses the whole backup. */
  validateRecord?: (table: string, record: unknown) => boolean;
}

export interface RestoredBackup {
  createdAt: string;
  schemaVersion: number;
  keyId: string;
  tables: Record<string, unknown[]>;
}

interface BackupKeys {
  encryption: Uint8Array;
  mac: Uint8Array;
  check: Uint8Array;
}

function deriveKeys(dataKey: DataKey, salt: Uint8Array): BackupKeys {
  const okm = hkdf(sha256, dataKey.bytes, salt, utf8ToBytes('team-around/backup-keys/v1'), 64 + KEY_CHECK_BYTES);
  return { encryption: okm.subarray(0, 32), mac: okm.subarray(32, 64), check: okm.subarray(64) };
}

export function writeBackup(input: WriteBackupInput): Uint8Array {
  if (input.keyEnvelope.keyId !== input.dataKey.id) throw new Error('The key envelope does not belong to this data key.');
  const salt = randomBytes(SALT_BYTES);
  const manifestIv = randomBytes(IV_BYTES);
  const payloadIv = randomBytes(IV_BYTES);
  const keys = deriveKeys(input.dataKey, salt);
  const { manifest, payload } = packTables(input.tables);
  const header: BackupHeader = {
    app: 'Team Around',
    createdAt: (input.now ?? new Date()).toISOString(),
    schemaVersion: input.schemaVersion,
    keyId: input.dataKey.id,
    keyEnvelope: { ...input.keyEnvelope },
    salt: bytesToBase64(salt),
    keyCheck: bytesToBase64(keys.check),
    manifestIv: bytesToBase64(manifestIv),
    payloadIv: bytesToBase64(payloadIv),
  };
  const body = assembleContainer({
    header,
    sealedManifest: gcm(keys.encryption, manifestIv, MANIFEST_AAD).encrypt(encodeManifest(manifest)),
    sealedPayload: gcm(keys.encryption, payloadIv, PAYLOAD_AAD).encrypt(payload),
  }, input.formatVersion ?? BACKUP_FORMAT_VERSION);
  const mac = hmac(sha256, keys.mac, body);
  const file = new Uint8Array(body.length + mac.length);
  file.set(body);
  file.set(mac, body.length);
  keys.encryption.fill(0);
  keys.mac.fill(0);
  return input.formatVersion === LEGACY_FORMAT_VERSION ? file : appendDigest(file);
}

/**
 * The key envelope inside a backup, to unlock its data key on a computer that has none. Not yet
 * trusted: readBackup checks it with everything else.
 */
export function readBackupKeyEnvelope(bytes: Uint8Array): KeyEnvelope {
  const { header } = parseContainer(bytes);
  try {
    const envelope = parseKeyEnvelope(header.keyEnvelope);
    if (envelope.keyId === header.keyId) return envelope;
  } catch {
    // Falls through to the same refusal.
  }
  throw new BackupError('altered');
}

function decrypt(key: Uint8Array, iv: string, aad: Uint8Array, sealed: Uint8Array): Uint8Array {
  try {
    return gcm(key, base64ToBytes(iv), aad).decrypt(sealed);
  } catch {
    throw new BackupError('altered');
  }
}

function checkSchema(header: BackupHeader, tables: Record<string, unknown[]>, expect: BackupExpectations): void {
  if (header.schemaVersion > expect.schemaVersion) throw new BackupError('newer-version');
  if (header.schemaVersion < (expect.oldestSchemaVersion ?? expect.schemaVersion)) throw new BackupError('unsupported-schema');
  const known = new Set(expect.tables);
  if (Object.keys(tables).some((name) => !known.has(name))) throw new BackupError('unsupported-schema');
  const validate = expect.validateRecord;
  if (!validate) return;
  for (const [name, records] of Object.entries(tables)) {
    if (!records.every((record) => validate(name, record))) throw new BackupError('invalid-records');
  }
}

export function readBackup(bytes: Uint8Array, dataKey: DataKey, expect: BackupExpectations): RestoredBackup {
  const container = parseContainer(bytes);
  const { header } = container;
  if (header.keyId !== dataKey.id) throw new BackupError('wrong-key');
  let salt: Uint8Array;
  let keyCheck: Uint8Array;
  try {
    salt = base64ToBytes(header.salt);
    keyCheck = base64ToBytes(header.keyCheck);
  } catch {
    throw new BackupError('altered');
  }
  const keys = deriveKeys(dataKey, salt);
  try {
    if (!equalBytes(keys.check, keyCheck)) throw new BackupError('wrong-key');
    if (!equalBytes(hmac(sha256, keys.mac, container.authenticated), container.mac)) throw new BackupError('altered');
    const manifest = decodeManifest(decrypt(keys.encryption, header.manifestIv, MANIFEST_AAD, container.sealedManifest));
    const payload = decrypt(keys.encryption, header.payloadIv, PAYLOAD_AAD, container.sealedPayload);
    const tables = unpackTables(manifest, payload);
    checkSchema(header, tables, expect);
    return { createdAt: header.createdAt, schemaVersion: header.schemaVersion, keyId: header.keyId, tables };
  } finally {
    keys.encryption.fill(0);
    keys.mac.fill(0);
  }
}
