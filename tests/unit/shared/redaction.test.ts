import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redactFor, redactionsFor, flagsAgainst } from '../../../shared/rules/redaction';
import { ids, separatedFamily } from './fixtures';

const mumDetails = ['07700 900123', 'siobhan@example.org', '12 Elm Road', 'Flat 3', 'LS1 4AP', '0113 496 0000', "Mum's home"];

describe('redactFor', () => {
  it("leaves Mum's phone, email and address out of anything made for Dad", () => {
    const record = separatedFamily();
    const forDad = redactFor(ids.dad, record);
    const mum = forDad.carers.find((c) => c.id === ids.mum);
    expect(mum).toMatchObject({ name: 'Siobhán Ní Bhriain', phone: '', email: '' });
    expect(forDad.households[0]).toEqual({
      id: ids.mumHome,
      label: '',
      address: { line1: '', line2: '', town: '', postcode: '' },
      phone: '',
      carerIds: [ids.mum],
      childIds: [ids.amir, ids.layla],
    });
    const text = JSON.stringify(forDad);
    for (const detail of mumDetails) expect(text).not.toContain(detail);
  });

  it("keeps Dad's own details, and the children's other home", () => {
    const forDad = redactFor(ids.dad, separatedFamily());
    expect(forDad.carers.find((c) => c.id === ids.dad)).toMatchObject({ phone: '07700 900456', email: 'mohammed@example.org' });
    expect(forDad.households[1]?.address).toEqual({ line1: '7 Rue Street', line2: '', town: 'Bradford', postcode: 'BD1 1AA' });
  });

  it('removes nothing for a recipient the flag does not name, except the flag reason', () => {
    const record = separatedFamily();
    const forMum = redactFor(ids.mum, record);
    expect(forMum.carers).toEqual(record.carers);
    expect(forMum.households).toEqual(record.households);
    expect(forMum.safetyFlags[0]?.reason).toBe('');
    expect(forMum.safetyFlags[0]?.hiddenFrom).toEqual([ids.dad]);
  });

  it('applies every named recipient of a shared copy', () => {
    const forBoth = redactFor([ids.mum, ids.dad], separatedFamily());
    expect(forBoth.carers.find((c) => c.id === ids.mum)?.phone).toBe('');
  });

  it('covers only the details the flag names', () => {
    const record = separatedFamily();
    const flag = { ...record.safetyFlags[0]!, covers: ['address' as const] };
    const forDad = redactFor(ids.dad, { ...record, safetyFlags: [flag] });
    expect(forDad.carers.find((c) => c.id === ids.mum)).toMatchObject({ phone: '07700 900123', email: 'siobhan@example.org' });
    expect(forDad.households[0]?.address.line1).toBe('');
  });

  it("can hide a child's school", () => {
    const record = separatedFamily();
    const flag = { ...record.safetyFlags[0]!, id: 'flag-amir-01', subjectId: ids.amir, covers: ['school' as const] };
    const forDad = redactFor(ids.dad, { ...record, safetyFlags: [flag] });
    expect(forDad.children.find((c) => c.id === ids.amir)?.school).toBe('');
    expect(forDad.children.find((c) => c.id === ids.layla)?.school).toBe('Little Acorns Nursery');
  });

  it('ignores a flag that has ended', () => {
    const record = separatedFamily();
    const ended = { ...record.safetyFlags[0]!, ended: { on: '2026-02-01', by: 'Sam Patel', reason: 'Order discharged' } };
    const forDad = redactFor(ids.dad, { ...record, safetyFlags: [ended] });
    expect(forDad.carers.find((c) => c.id === ids.mum)?.phone).toBe('07700 900123');
    expect(flagsAgainst(ids.dad, { safetyFlags: [ended] })).toEqual([]);
  });

  it('does not change the record passed in', () => {
    const record = separatedFamily();
    const before = JSON.stringify(record);
    redactFor(ids.dad, record);
    expect(JSON.stringify(record)).toBe(before);
  });

  it('gives the same result when applied twice', () => {
    const once = redactFor(ids.dad, separatedFamily());
    expect(redactFor(ids.dad, once)).toEqual(once);
  });

  it('lists what is withheld so a screen can say so', () => {
    expect(redactionsFor(ids.dad, separatedFamily())).toEqual([
      { personId: ids.mum, detail: 'phone', householdId: null },
      { personId: ids.mum, detail: 'email', householdId: null },
      { personId: ids.mum, detail: 'address', householdId: ids.mumHome },
    ]);
    expect(redactionsFor('prac-someone', separatedFamily())).toEqual([]);
  });

  it('never lets a protected detail through for any recipient list that includes Dad (property)', () => {
    const others = fc.array(fc.constantFrom(ids.mum, ids.amir, ids.layla, 'prac-dsl-001'), { maxLength: 3 });
    fc.assert(
      fc.property(others, fc.nat({ max: 3 }), (rest, at) => {
        const recipients = [...rest];
        recipients.splice(Math.min(at, recipients.length), 0, ids.dad);
        const text = JSON.stringify(redactFor(recipients, separatedFamily()));
        for (const detail of mumDetails) expect(text).not.toContain(detail);
      }),
    );
  });
});

describe('a child as recipient', () => {
  it('may not see any flagged detail but their own, whoever the flag names', () => {
    const record = separatedFamily();
    expect(flagsAgainst(ids.amir, record).map((f) => f.subjectId)).toEqual([ids.mum]);
    const ownFlag = { ...record, safetyFlags: record.safetyFlags.map((f) => ({ ...f, subjectId: ids.amir })) };
    expect(flagsAgainst(ids.amir, ownFlag)).toEqual([]);
    expect(flagsAgainst(ids.layla, ownFlag).map((f) => f.subjectId)).toEqual([ids.amir]);
  });
});
