/**
 * Exact, synchronous serialisation of stored values to JSON text and back. It covers what the app
 * keeps in IndexedDB (the structured-clone subset we use): null, booleans, every number (NaN,
 * Infinity, -0), strings (lone surrogates included), undefined, bigint, Date, Uint8Array,
 * ArrayBuffer, arrays, Map, Set and plain objects. Used for sealed records and for backups, where
 * JSON alone would silently turn dates into strings and drop undefined.
 */
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import { base64ToBytes, bytesToBase64 } from '../bytes';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TAG = '$t';

export class UnsupportedValueError extends Error {
  constructor(kind: string) {
    super(`A value of this kind (${kind}) cannot be saved. Only text, numbers, dates, lists and plain objects can.`);
    this.name = 'UnsupportedValueError';
  }
}

function tagged(tag: string, v?: Json): Json {
  return v === undefined ? { [TAG]: tag } : { [TAG]: tag, v };
}

function encodeNumber(n: number): Json {
  if (Number.isNaN(n)) return tagged('num', 'NaN');
  if (n === Infinity) return tagged('num', 'Infinity');
  if (n === -Infinity) return tagged('num', '-Infinity');
  if (Object.is(n, -0)) return tagged('num', '-0');
  return n;
}

function toJson(value: unknown, ancestors: Set<object>): Json {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return encodeNumber(value);
    case 'undefined':
      return tagged('undef');
    case 'bigint':
      return tagged('bigint', value.toString());
    case 'object':
      return value === null ? null : objectToJson(value, ancestors);
    default:
      throw new UnsupportedValueError(typeof value);
  }
}

function objectToJson(value: object, ancestors: Set<object>): Json {
  if (ancestors.has(value)) throw new UnsupportedValueError('a value that contains itself');
  ancestors.add(value);
  try {
    // Tags rather than instanceof, so values from another realm (a structured clone) are still recognised.
    const kind = Object.prototype.toString.call(value).slice(8, -1);
    switch (kind) {
      case 'Date': {
        const time = (value as Date).getTime();
        return tagged('date', Number.isNaN(time) ? 'NaN' : time);
      }
      case 'Uint8Array':
        return tagged('bytes', bytesToBase64(value as Uint8Array));
      case 'ArrayBuffer':
        return tagged('buffer', bytesToBase64(new Uint8Array(value as ArrayBuffer)));
      case 'Array': {
        const array = value as unknown[];
        const out: Json[] = [];
        for (let i = 0; i < array.length; i++) out.push(toJson(array[i], ancestors));
        return out;
      }
      case 'Map':
        return tagged('map', [...(value as Map<unknown, unknown>)].map(([k, v]) => [toJson(k, ancestors), toJson(v, ancestors)]));
      case 'Set':
        return tagged('set', [...(value as Set<unknown>)].map((v) => toJson(v, ancestors)));
      case 'Object':
        break;
      default:
        throw new UnsupportedValueError(kind);
    }
    const entries: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) Object.defineProperty(entries, k, { value: toJson(v, ancestors), enumerable: true, writable: true, configurable: true });
    return Object.hasOwn(entries, TAG) ? tagged('obj', entries) : entries;
  } finally {
    ancestors.delete(value);
  }
}

function malformed(): Error {
  return new Error('Saved data is not in the expected format.');
}

function decodeNumber(v: Json | undefined): number {
  if (typeof v === 'number') return v;
  switch (v) {
    case 'NaN':
      return NaN;
    case 'Infinity':
      return Infinity;
    case '-Infinity':
      return -Infinity;
    case '-0':
      return -0;
    default:
      throw malformed();
  }
}

function asString(v: Json | undefined): string {
  if (typeof v !== 'string') throw malformed();
  return v;
}

function asArray(v: Json | undefined): Json[] {
  if (!Array.isArray(v)) throw malformed();
  return v;
}

function plainObject(node: { [key: string]: Json }): Record<string, unknown> {
  // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary key.
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fromJson(v)]));
}

function fromTagged(node: { [key: string]: Json }): unknown {
  const v = node.v;
  switch (node[TAG]) {
    case 'undef':
      return undefined;
    case 'num':
      return decodeNumber(v);
    case 'bigint':
      return BigInt(asString(v));
    case 'date':
      return new Date(decodeNumber(v));
    case 'bytes':
      return base64ToBytes(asString(v));
    case 'buffer':
      return base64ToBytes(asString(v)).buffer;
    case 'map':
      return new Map(asArray(v).map((pair) => {
        const [k, val] = asArray(pair);
        return [fromJson(k ?? null), fromJson(val ?? null)] as const;
      }));
    case 'set':
      return new Set(asArray(v).map(fromJson));
    case 'obj':
      if (v === null || typeof v !== 'object' || Array.isArray(v)) throw malformed();
      return plainObject(v);
    default:
      throw malformed();
  }
}

function fromJson(node: Json): unknown {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) return node.map(fromJson);
  return Object.hasOwn(node, TAG) ? fromTagged(node) : plainObject(node);
}

/** Deterministic: the same value always gives the same text, so it can also encode keys for hashing. */
export function encodeValue(value: unknown): string {
  return JSON.stringify(toJson(value, new Set()));
}

export function decodeValue(text: string): unknown {
  return fromJson(JSON.parse(text) as Json);
}

export function encodeValueToBytes(value: unknown): Uint8Array {
  return utf8ToBytes(encodeValue(value));
}

export function decodeValueFromBytes(bytes: Uint8Array): unknown {
  return decodeValue(bytesToUtf8(bytes));
}
