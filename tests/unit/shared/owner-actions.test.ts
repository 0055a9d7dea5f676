import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/domain/action';
import type { ConsentEvent } from '../../../shared/domain/consent';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { dueWords, familyLabel, leftOutWords, ownerActionsDocument } from '../../../shared/owner-actions/document';
import { isOwnedBy, ownerActions, WITHHELD, withoutWithheld } from '../../../shared/rules/owner-actions';
import { earlyHelp, given, share, withdrawn } from './consent-fixtures';
import { ids, separatedFamily } from './fixtures';

/** Fixed: Monday 23 November 2026. */
const TODAY = '2026-11-23';
const SAM = { id: 'prac-dsl-001', name: 'Sam Patel', role: 'Designated safeguarding lead', agency: 'School' };

function action(id: string, familyId: string, extra: Partial<Action> = {}): Action {
  return {
    id,
    familyId,
    meetingId: `meeting-${familyId}`,
    childId: null,
    what: `Action ${id}`,
    ownerName: 'Sam Patel',
    dueDate: null,
    howWeWillKnow: '',
    status: 'not-started',
    note: '',
    createdAt: '2026-10-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
    ownerKind: 'practitioner',
    ownerId: SAM.id,
    ...extra,
  };
}

const family = (id: string, familyName: string, extra: Partial<FamilyRecord> = {}): FamilyRecord => ({ ...separatedFamily(), id, familyName, ...extra });
const consenting = (familyId: string): ConsentEvent[] =>
  [given(earlyHelp, '2026-09-01'), given(share({ kind: 'agency', agency: 'school' }), '2026-09-01')].map((e) => ({ ...e, familyId }));

const ruiz = family('fam-ruiz', 'Ruiz', { safetyFlags: [] });
const okafor = family('fam-okafor', 'Okafor family', { safetyFlags: [] });
const shah = family('fam-shah', 'Shah', { safetyFlags: [] });

describe('ownerActions', () => {
  it("keeps only the owner's open actions, by family, soonest first, with undated ones last", () => {
    const list = ownerActions({
      owner: SAM,
      today: TODAY,
      families: [ruiz, okafor],
      consents: new Map([
        [ruiz.id, consenting(ruiz.id)],
        [okafor.id, consenting(okafor.id)],
      ]),
      actions: [
        action('r-undated', ruiz.id),
        action('r-late', ruiz.id, { dueDate: '2026-12-10' }),
        action('o-soon', okafor.id, { dueDate: '2026-11-20' }),
        action('r-soon', ruiz.id, { dueDate: '2026-11-30', status: 'in-progress' }),
        action('r-done', ruiz.id, { dueDate: '2026-11-01', status: 'done' }),
        action('r-not-done', ruiz.id, { dueDate: '2026-11-01', status: 'not-done' }),
        action('r-other', ruiz.id, { dueDate: '2026-11-01', ownerName: 'Ana Ruiz', ownerKind: 'family', ownerId: 'carer-1' }),
      ],
    });
    expect(list.families.map((f) => f.familyId)).toEqual([okafor.id, ruiz.id]);
    expect(list.families[0]?.rows.map((r) => [r.actionId, r.overdue])).toEqual([['o-soon', true]]);
    expect(list.families[1]?.rows.map((r) => [r.actionId, r.overdue])).toEqual([
      ['r-soon', false],
      ['r-late', false],
      ['r-undated', false],
    ]);
    expect(list.leftOut).toEqual([]);
  });

  it('matches an unlinked action by name (case and spacing ignored), never one owned by someone in the family', () => {
    const unlinked = action('a', ruiz.id, { ownerId: null, ownerKind: undefined, ownerName: ' sam  PATEL ' });
    expect(isOwnedBy(unlinked, SAM)).toBe(true);
    expect(isOwnedBy({ ...unlinked, ownerKind: 'family' }, SAM)).toBe(false);
    expect(isOwnedBy({ ...unlinked, ownerId: 'someone-else' }, SAM)).toBe(false);
    expect(isOwnedBy({ ...unlinked, ownerName: 'Sam Patterson' }, SAM)).toBe(false);
  });

  it('leaves out a family that has not consented to sharing with the owner or their agency, with the reason for the chair', () => {
    const list = ownerActions({
      owner: SAM,
      today: TODAY,
      families: [ruiz, okafor, shah],
      consents: new Map([
        [ruiz.id, consenting(ruiz.id)],
        // Okafor: early help, but never asked about school.
        [okafor.id, [given(earlyHelp, '2026-09-01')].map((e) => ({ ...e, familyId: okafor.id }))],
        // Shah: agreed, then withdrew.
        [shah.id, [...consenting(shah.id), { ...withdrawn(share({ kind: 'agency', agency: 'School' }), '2026-11-02'), familyId: shah.id }]],
      ]),
      actions: [action('r', ruiz.id, { dueDate: '2026-12-01' }), action('o', okafor.id, { dueDate: '2026-11-24' }), action('s', shah.id, { dueDate: '2026-11-25' })],
    });
    expect(list.families.map((f) => f.familyId)).toEqual([ruiz.id]);
    expect(list.leftOut.map((f) => f.familyId)).toEqual([okafor.id, shah.id]);
    expect(list.leftOut[0]?.reason).toContain('has not been asked about sharing with Sam Patel');
    expect(list.leftOut[1]?.reason).toContain('withdrew consent');
  });

  it('counts consent as it stands on the day passed in', () => {
    const input = {
      owner: SAM,
      families: [ruiz],
      consents: new Map([[ruiz.id, consenting(ruiz.id)]]),
      actions: [action('r', ruiz.id, { dueDate: '2026-12-01' })],
    };
    expect(ownerActions({ ...input, today: '2026-08-31' }).leftOut).toHaveLength(1);
    expect(ownerActions({ ...input, today: TODAY }).families).toHaveLength(1);
  });

  it('takes out of the words every detail flagged as hidden from the owner, and only from them', () => {
    const flagged = separatedFamily();
    const flag = flagged.safetyFlags[0];
    if (!flag) throw new Error('The fixture has a flag');
    const hidden: FamilyRecord = { ...flagged, safetyFlags: [{ ...flag, hiddenFrom: [SAM.id], covers: ['phone', 'address'] }] };
    const what = 'Visit Mum at 12 Elm Road, LS1 4AP, ring 07700900123 first';
    const input = { owner: SAM, today: TODAY, consents: new Map([[flagged.id, consenting(flagged.id)]]), actions: [action('f', flagged.id, { what, howWeWillKnow: "Mum's home phone 0113 496 0000 works" })] };

    const row = ownerActions({ ...input, families: [hidden] }).families[0]?.rows[0];
    expect(row?.what).toBe(`Visit Mum at ${WITHHELD}, ${WITHHELD}, ring ${WITHHELD} first`);
    expect(row?.howWeWillKnow).not.toContain('0113');
    // The flag in the fixture hides Mum from Dad, not from Sam: nothing is taken out.
    expect(ownerActions({ ...input, families: [flagged] }).families[0]?.rows[0]?.what).toBe(what);
    expect(ids.mum).toBe(flag.subjectId);
  });

  it('withoutWithheld matches whatever the case and the phone spacing', () => {
    expect(withoutWithheld('oak lane primary, 0770 090 0123', { text: ['Oak Lane Primary'], phones: ['07700 900123'] })).toBe(`${WITHHELD}, ${WITHHELD}`);
  });
});

describe('ownerActionsDocument', () => {
  it('lists the actions by family and counts, never names, the families left out', () => {
    const list = ownerActions({
      owner: SAM,
      today: TODAY,
      families: [ruiz, okafor],
      consents: new Map([[ruiz.id, consenting(ruiz.id)]]),
      actions: [action('r', ruiz.id, { what: 'Ring the dentist', dueDate: '2026-11-20' }), action('o', okafor.id, { what: 'Meet Chioma' })],
    });
    const doc = ownerActionsDocument(SAM, list, { today: TODAY, marking: 'OFFICIAL-SENSITIVE', author: 'Ana Chair' });
    const words = JSON.stringify(doc.blocks);
    expect(doc.metadata.title).toBe('Open actions for Sam Patel');
    expect(words).toContain('The Ruiz family');
    expect(words).toContain('Ring the dentist');
    expect(words).toContain('20 November 2026 (overdue)');
    expect(words).toContain(leftOutWords(1, SAM));
    expect(words).not.toContain('Okafor');
    expect(words).not.toContain('Meet Chioma');
  });

  it('words', () => {
    expect(familyLabel('Okafor family')).toBe('The Okafor family');
    expect(familyLabel('Ruiz')).toBe('The Ruiz family');
    expect(dueWords({ dueDate: null, overdue: false })).toBe('No date agreed');
    expect(leftOutWords(2, SAM)).toBe("2 other families' actions are not in this list, because the family has not agreed to share information with Sam Patel or School.");
  });
});
