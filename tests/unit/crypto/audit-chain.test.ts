import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, GENESIS_HASH, appendEntry, chainTip, verifyChain, type AuditEntry, type AuditEvent } from '../../../shared/rules/audit-chain';

const event: fc.Arbitrary<AuditEvent> = fc.record(
  {
    at: fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    actor: fc.constantFrom('practitioner-1', 'practitioner-2'),
    action: fc.constantFrom(...AUDIT_ACTIONS),
    recordType: fc.constantFrom('family', 'meeting', 'plan', 'consent'),
    recordId: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 4, maxLength: 8 }),
    recipients: fc.array(fc.constantFrom('school', 'health visitor', 'housing'), { maxLength: 3 }),
    familyId: fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 4, maxLength: 8 }),
  },
  { requiredKeys: ['at', 'actor', 'action', 'recordType', 'recordId'] },
);

function build(events: readonly AuditEvent[]): AuditEntry[] {
  const entries: AuditEntry[] = [];
  for (const e of events) entries.push(appendEntry(chainTip(entries), e));
  return entries;
}

const FIELDS = ['seq', 'at', 'actor', 'action', 'recordType', 'recordId', 'recipients', 'familyId', 'prevHash', 'hash'] as const;

/** A different value for one field of an entry. */
function edited(entry: AuditEntry, field: (typeof FIELDS)[number]): AuditEntry {
  const copy: Record<string, unknown> = { ...entry };
  switch (field) {
    case 'seq':
      copy.seq = entry.seq + 1;
      break;
    case 'action':
      copy.action = entry.action === 'view' ? 'export' : 'view';
      break;
    case 'recipients':
      copy.recipients = entry.recipients === undefined ? [] : [...entry.recipients, 'someone else'];
      break;
    case 'familyId':
      if (entry.familyId === undefined) copy.familyId = 'f';
      else delete copy.familyId;
      break;
    case 'prevHash':
    case 'hash':
      copy[field] = (entry[field].startsWith('0') ? '1' : '0') + entry[field].slice(1);
      break;
    default:
      copy[field] = `${entry[field]}x`;
  }
  return copy as unknown as AuditEntry;
}

type Mutation = { kind: 'edit'; at: number; field: (typeof FIELDS)[number] } | { kind: 'delete'; at: number } | { kind: 'swap'; at: number; with: number } | { kind: 'insert'; at: number; forged: AuditEvent; from: number };

function mutate(entries: readonly AuditEntry[], m: Mutation): AuditEntry[] {
  const out = [...entries];
  const at = m.at % entries.length;
  switch (m.kind) {
    case 'edit':
      out[at] = edited(entries[at]!, m.field);
      return out;
    case 'delete':
      out.splice(at, 1);
      return out;
    case 'swap': {
      const other = m.with % entries.length;
      out[at] = entries[other]!;
      out[other] = entries[at]!;
      return out;
    }
    case 'insert': {
      // The forger links the new entry to an existing one, with a correct hash of its own.
      const from = m.from % (entries.length + 1);
      const tip = from === 0 ? null : chainTip(entries.slice(0, from));
      out.splice(m.at % (entries.length + 1), 0, appendEntry(tip, m.forged));
      return out;
    }
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), field: fc.constantFrom(...FIELDS) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), forged: event, from: fc.nat() }),
);

describe('audit chain', () => {
  it('verifies a chain it built, linking each entry to the one before', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        const entries = build(events);
        expect(verifyChain(entries, { expectedTip: chainTip(entries) })).toEqual({ ok: true });
        entries.forEach((e, i) => {
          expect(e.seq).toBe(i + 1);
          expect(e.prevHash).toBe(i === 0 ? GENESIS_HASH : entries[i - 1]!.hash);
        });
      }),
    );
  });

  it('detects any single edit, deletion, reordering or insertion (property)', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 12 }), mutation, (events, m) => {
        const entries = build(events);
        const tampered = mutate(entries, m);
        fc.pre(JSON.stringify(tampered) !== JSON.stringify(entries));
        const verdict = verifyChain(tampered, { expectedTip: chainTip(entries) });
        expect(verdict.ok).toBe(false);
        if (!verdict.ok) {
          expect(verdict.reason).toMatch(/^(Entry|The log)/);
          expect(Number.isInteger(verdict.brokenAt)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('names the entry and the kind of damage', () => {
    const entries = build(Array.from({ length: 5 }, (_, i) => ({ at: `2026-11-0${i + 1}T10:00:00.000Z`, actor: 'p1', action: 'view' as const, recordType: 'family', recordId: `r${i}` })));
    const tip = chainTip(entries);
    expect(verifyChain(entries.map((e, i) => (i === 2 ? { ...e, actor: 'p2' } : e)))).toEqual({ ok: false, brokenAt: 3, reason: 'Entry 3 has been changed since it was written.' });
    expect(verifyChain(entries.filter((e) => e.seq !== 2))).toEqual({ ok: false, brokenAt: 2, reason: 'Entry 2 is missing: the log has been cut before entry 3.' });
    expect(verifyChain([entries[1]!, entries[0]!, ...entries.slice(2)])).toMatchObject({ ok: false, brokenAt: 1 });
    expect(verifyChain(entries.slice(0, 4), { expectedTip: tip })).toEqual({ ok: false, brokenAt: 5, reason: 'The log ends before its last recorded entry (5): entries have been removed from the end.' });
    expect(verifyChain([], { expectedTip: tip })).toMatchObject({ ok: false, brokenAt: 1 });
    expect(verifyChain([{ ...entries[0]!, content: 'Zebedee' } as AuditEntry])).toMatchObject({ ok: false, brokenAt: 1, reason: expect.stringMatching(/not a complete audit entry/) });
  });

  it('copies only the audit fields, so record content cannot slip into the log', () => {
    const sneaky = { at: '2026-11-01T10:00:00.000Z', actor: 'p1', action: 'update' as const, recordType: 'family', recordId: 'f1', notes: 'Zebedee Quillfeather' };
    const entry = appendEntry(null, sneaky);
    expect(entry).not.toHaveProperty('notes');
    expect(Object.keys(entry).sort()).toEqual(['action', 'actor', 'at', 'hash', 'prevHash', 'recordId', 'recordType', 'seq']);
  });
});
