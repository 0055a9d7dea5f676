import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, appendEntry, chainTip, verifyChain, type AuditEntry, type AuditEvent } from '../../../shared/rules/audit-chain';
import { mergeAuditAfterRestore } from '../../../shared/rules/audit-merge';

const START = Date.parse('2026-11-23T09:00:00.000Z');

const event = fc.record({
  minutes: fc.integer({ min: 0, max: 60 * 24 * 30 }),
  actor: fc.constantFrom('Jo Chair', 'Sam Lead', 'Priya Worker'),
  action: fc.constantFrom(...AUDIT_ACTIONS),
  recordType: fc.constantFrom('family', 'plan', 'app', 'backup', 'minutes'),
  recordId: fc.stringMatching(/^[a-z0-9]{4,12}$/),
  familyId: fc.option(fc.stringMatching(/^[a-z0-9]{6}$/), { nil: undefined }),
  recipients: fc.option(fc.array(fc.constantFrom('School', 'Health visitor', 'Housing'), { maxLength: 3 }), { nil: undefined }),
});

type GeneratedEvent = typeof event extends fc.Arbitrary<infer T> ? T : never;

function toEvent(e: GeneratedEvent): AuditEvent {
  return {
    at: new Date(START + e.minutes * 60_000).toISOString(),
    actor: e.actor,
    action: e.action,
    recordType: e.recordType,
    recordId: e.recordId,
    ...(e.familyId === undefined ? {} : { familyId: e.familyId }),
    ...(e.recipients === undefined ? {} : { recipients: e.recipients }),
  };
}

function chain(events: readonly AuditEvent[], from: AuditEntry[] = []): AuditEntry[] {
  const out = [...from];
  for (const e of events) out.push(appendEntry(chainTip(out), e));
  return out;
}

const strip = ({ seq: _s, prevHash: _p, hash: _h, ...rest }: AuditEntry) => rest;
const restoreEvent: AuditEvent = { at: '2026-12-24T10:00:00.000Z', actor: 'Jo Chair', action: 'restore', recordType: 'backup', recordId: 'backup-x' };

/** Every local entry is in the merged log, as the same event, in the same order. */
function expectKeptInOrder(merged: readonly AuditEntry[], local: readonly AuditEntry[]): void {
  const events = merged.map((e) => JSON.stringify(strip(e)));
  let from = 0;
  for (const entry of local) {
    const at = events.indexOf(JSON.stringify(strip(entry)), from);
    expect(at).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

describe('the audit trail across a restore (property)', () => {
  it('a backup from this computer: every entry made before the restore is kept, unchanged, and the result verifies', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), fc.nat(), (raw, cutAt) => {
        const local = chain(raw.map(toEvent));
        const backupLength = local.length === 0 ? 0 : cutAt % (local.length + 1);
        const backup = local.slice(0, backupLength);
        const merged = mergeAuditAfterRestore(backup, local, restoreEvent);
        expect(verifyChain(merged.entries, { expectedTip: merged.tip })).toEqual({ ok: true });
        // Made on this computer: the entries since the backup follow on exactly as they were.
        expect(merged.entries.slice(0, local.length)).toEqual(local);
        expect(merged.carriedOver).toBe(local.length - backupLength);
        expect(merged.entries.at(-1)).toMatchObject({ action: 'restore', seq: local.length + 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('a backup from another computer, or a diverged trail: every local entry is carried over after the backup’s own', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), fc.array(event, { maxLength: 25 }), fc.array(event, { maxLength: 25 }), (shared, theirs, ours) => {
        const common = chain(shared.map(toEvent));
        const backup = chain(theirs.map(toEvent), common);
        const local = chain(ours.map(toEvent), common);
        const merged = mergeAuditAfterRestore(backup, local, restoreEvent);
        expect(verifyChain(merged.entries, { expectedTip: merged.tip })).toEqual({ ok: true });
        expect(merged.entries.slice(0, backup.length)).toEqual(backup);
        expectKeptInOrder(merged.entries, local);
        expect(merged.entries).toHaveLength(backup.length + merged.carriedOver + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('restoring again and again loses nothing: the earlier restores are kept too', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 20 }), fc.array(event, { maxLength: 10 }), fc.integer({ min: 2, max: 4 }), (before, after, times) => {
        const backup = chain(before.map(toEvent));
        let local = chain(after.map(toEvent), backup);
        const everything: AuditEntry[] = [...local];
        for (let i = 0; i < times; i++) {
          const merged = mergeAuditAfterRestore(backup, local, { ...restoreEvent, recordId: `backup-${i}` });
          expect(verifyChain(merged.entries, { expectedTip: merged.tip })).toEqual({ ok: true });
          expectKeptInOrder(merged.entries, everything);
          local = merged.entries;
          everything.splice(0, everything.length, ...merged.entries);
        }
        // Generated record ids never contain a dash, so these are exactly the restores made here.
        expect(local.filter((e) => e.action === 'restore' && /^backup-\d$/.test(e.recordId)).map((e) => e.recordId)).toEqual(Array.from({ length: times }, (_, i) => `backup-${i}`));
      }),
      { numRuns: 100 },
    );
  });
});
