/**
 * The form files' cryptography, through Web Crypto only, so the same code runs in the app, in the
 * form file in any current browser, and in Node for the tests:
 *
 * - the content: AES-256-GCM, key from the short code by PBKDF2-SHA-256 (salt and count in the file);
 * - the reply: sealed to the chair with ECDH P-256 (a one-time key in the form, the chair's public
 *   key from the file), HKDF-SHA-256 and AES-256-GCM; only the chair's app holds the private key.
 */
import { base64ToBytes, bytesToBase64 } from '../../shared/bytes';
import { contentAad, FORM_FORMAT, FORM_FORMAT_VERSION, PBKDF2_ITERATIONS, type FormEnvelope, type FormKind, type PublicInfo } from '../../shared/forms/envelope';
import type { PublicJwk } from '../../shared/forms/review';
import type { SealedReply } from '../../shared/forms/reply-text';
import { replyChecksum } from '../../shared/forms/reply-text';

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));

async function codeKey(code: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(code), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The form's content sealed with the code (already normalised: shared/forms/code.ts). */
export async function sealForm(input: { kind: FormKind; formId: string; publicInfo: PublicInfo; code: string; payload: unknown; iterations?: number }): Promise<FormEnvelope> {
  const salt = random(16);
  const iv = random(12);
  const iterations = input.iterations ?? PBKDF2_ITERATIONS;
  const key = await codeKey(input.code, salt, iterations);
  const data = encoder.encode(JSON.stringify(input.payload));
  const ciphertext = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(contentAad(input.kind, input.formId)) }, key, data));
  return {
    format: FORM_FORMAT,
    formatVersion: FORM_FORMAT_VERSION,
    kind: input.kind,
    formId: input.formId,
    publicInfo: input.publicInfo,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    iv: bytesToBase64(iv),
    ciphertext: bytesToBase64(ciphertext),
  };
}

/** The content as JSON text with its key (kept to seal the browser's autosave), or null when the code does not open it. */
export async function openForm(envelope: FormEnvelope, code: string): Promise<{ json: string; key: CryptoKey } | null> {
  const key = await codeKey(code, base64ToBytes(envelope.kdf.salt), envelope.kdf.iterations);
  try {
    const plain = await subtle().decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(envelope.iv), additionalData: encoder.encode(contentAad(envelope.kind, envelope.formId)) },
      key,
      base64ToBytes(envelope.ciphertext),
    );
    return { json: new TextDecoder('utf-8', { fatal: true }).decode(plain), key };
  } catch {
    return null;
  }
}

/** Encrypts text with an open form's key (the browser's autosave is kept only this way). */
export async function sealWithKey(key: CryptoKey, text: string): Promise<string> {
  const iv = random(12);
  const ct = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, encoder.encode(text)));
  return `${bytesToBase64(iv)}.${bytesToBase64(ct)}`;
}

export async function openWithKey(key: CryptoKey, sealed: string): Promise<string | null> {
  const [iv = '', ct = ''] = sealed.split('.');
  try {
    return new TextDecoder().decode(await subtle().decrypt({ name: 'AES-GCM', iv: base64ToBytes(iv) }, key, base64ToBytes(ct)));
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------- replies sealed to the chair

export interface ChairKeys {
  publicJwk: PublicJwk;
  privateJwk: PublicJwk & { d: string };
}

export async function makeChairKeys(): Promise<ChairKeys> {
  const pair = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const pub = await subtle().exportKey('jwk', pair.publicKey);
  const priv = await subtle().exportKey('jwk', pair.privateKey);
  const publicJwk: PublicJwk = { kty: 'EC', crv: 'P-256', x: pub.x ?? '', y: pub.y ?? '' };
  return { publicJwk, privateJwk: { ...publicJwk, d: priv.d ?? '' } };
}

const replyInfo = encoder.encode('team-around-reply/1');

async function replyKey(privateKey: CryptoKey, publicKey: CryptoKey, formId: string): Promise<CryptoKey> {
  const shared = await subtle().deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await subtle().importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: encoder.encode(formId), info: replyInfo }, hkdf, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

const importPublic = (jwk: { x: string; y: string }) =>
  subtle().importKey('jwk', { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y, ext: true }, { name: 'ECDH', namedCurve: 'P-256' }, false, []);

/** The reply sealed so that only the chair's app can open it. */
export async function sealReply(formId: string, chairKey: PublicJwk, reply: unknown): Promise<SealedReply> {
  const mine = (await subtle().generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits'])) as CryptoKeyPair;
  const key = await replyKey(mine.privateKey, await importPublic(chairKey), formId);
  const iv = random(12);
  const ct = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(formId) }, key, encoder.encode(JSON.stringify(reply))));
  const epkJwk = await subtle().exportKey('jwk', mine.publicKey);
  const unsummed = { v: 1 as const, formId, epk: { x: epkJwk.x ?? '', y: epkJwk.y ?? '' }, iv: bytesToBase64(iv), ct: bytesToBase64(ct) };
  return { ...unsummed, sum: replyChecksum(unsummed) };
}

/** The reply's JSON, or null when this key does not open it (or it was changed). */
export async function openReply(sealed: SealedReply, privateJwk: PublicJwk & { d: string }): Promise<unknown> {
  try {
    const priv = await subtle().importKey('jwk', { ...privateJwk, ext: true }, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
    const key = await replyKey(priv, await importPublic(sealed.epk), sealed.formId);
    const plain = await subtle().decrypt({ name: 'AES-GCM', iv: base64ToBytes(sealed.iv), additionalData: encoder.encode(sealed.formId) }, key, base64ToBytes(sealed.ct));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plain)) as unknown;
  } catch {
    return null;
  }
}
