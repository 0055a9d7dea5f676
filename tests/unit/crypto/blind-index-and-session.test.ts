import { describe, expect, it } from 'vitest';
import { createBlindIndex, normaliseForBlindIndex } from '../../../renderer/data/crypto/blind-index';
import { generateDataKey } from '../../../renderer/data/crypto/data-key';
import { DatabaseLockedError, KeyWornOutError } from '../../../renderer/data/crypto/errors';
import { KeySession, MAX_ENCRYPTIONS_PER_KEY, ROTATE_AFTER_ENCRYPTIONS } from '../../../renderer/data/crypto/key-session';

describe('blind index', () => {
  const key = generateDataKey();
  const surname = createBlindIndex(key, 'family.surname');

  it('gives the same short hex token for the same name, however it is typed', () => {
    const token = surname('O’Brien');
    expect(token).toMatch(/^[0-9a-f]{16}$/);
    for (const variant of ["o'brien", '  O’BRIEN ', 'O\u02BCBrien']) expect(surname(variant)).toBe(token);
    expect(normaliseForBlindIndex('  Zoë   ANNE ')).toBe('zoë anne');
    expect(surname('Ze\u0301bedee')).toBe(surname('Zébedee'));
  });

  it('differs for different names, purposes and keys, and never contains the name', () => {
    expect(surname('Quillfeather')).not.toBe(surname('Drinkwater'));
    expect(createBlindIndex(key, 'carer.surname')('Quillfeather')).not.toBe(surname('Quillfeather'));
    expect(createBlindIndex(generateDataKey(), 'family.surname')('Quillfeather')).not.toBe(surname('Quillfeather'));
    expect(createBlindIndex(key, 'family.surname', 32)('Quillfeather')).toHaveLength(32);
    expect(() => createBlindIndex(key, 'x', 4)).toThrow(RangeError);
  });
});

describe('key session', () => {
  it('is locked until unlocked, and wipes its copy of the key when locked again', () => {
    const session = new KeySession();
    expect(() => session.currentKey()).toThrow(DatabaseLockedError);
    const key = generateDataKey();
    const original = new Uint8Array(key.bytes);
    const events: boolean[] = [];
    session.onLockChange((locked) => events.push(locked));
    session.unlock(key);
    const held = session.currentKey();
    expect(held).toEqual(key);
    expect(held.bytes).not.toBe(key.bytes);
    session.lock();
    expect(held.bytes.every((b) => b === 0)).toBe(true);
    expect(key.bytes).toEqual(original);
    expect(session.isUnlocked).toBe(false);
    expect(() => session.keyById(key.id)).toThrow(DatabaseLockedError);
    expect(events).toEqual([false, true]);
  });

  it('counts encryptions from the stored count, says when rotation is due, and stops before wearing out the key', () => {
    const session = new KeySession();
    const usage: number[] = [];
    const stop = session.onUsage((u) => usage.push(u.encryptions));
    session.unlock(generateDataKey(), { encryptionsSoFar: ROTATE_AFTER_ENCRYPTIONS - 1 });
    expect(session.rotationDue).toBe(false);
    session.countEncryption();
    expect(session.rotationDue).toBe(true);
    expect(usage).toEqual([ROTATE_AFTER_ENCRYPTIONS]);
    stop();
    session.unlock(generateDataKey(), { encryptionsSoFar: MAX_ENCRYPTIONS_PER_KEY - 1 });
    session.countEncryption();
    expect(() => session.countEncryption()).toThrow(KeyWornOutError);
    expect(usage).toHaveLength(1);
    expect(ROTATE_AFTER_ENCRYPTIONS).toBeLessThan(2 ** 32);
  });
});
