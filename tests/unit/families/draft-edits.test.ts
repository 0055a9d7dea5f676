import { describe, expect, it } from 'vitest';
import {
  addCarer,
  addChild,
  addHome,
  removeCarer,
  removeChild,
  removeHome,
  setFlagged,
  setLivesIn,
  setRelationship,
  withItem,
} from '../../../renderer/features/families/model/draft-edits';
import { currentFlagsOf, emptyFamilyDraft, relationshipOf } from '../../../renderer/features/families/model/form-draft';
import { recordToDraft } from '../../../renderer/features/families/model/record-to-draft';
import { ids, separatedFamily } from '../shared/fixtures';

let counter = 0;
const newId = () => `edit-id-${String(++counter).padStart(4, '0')}`;

describe('a new family', () => {
  it('starts with one home holding the first parent or carer and the first child', () => {
    const d = emptyFamilyDraft(newId);
    expect(d.households).toHaveLength(1);
    expect(d.households[0]?.carerIds).toEqual([d.carers[0]?.id]);
    expect(d.households[0]?.childIds).toEqual([d.children[0]?.id]);
  });

  it('puts new people in the home while there is only one, and nowhere once there are two', () => {
    const one = addChild(addCarer(emptyFamilyDraft(newId), 'carer-new-01'), 'child-new-01');
    expect(one.households[0]?.carerIds).toContain('carer-new-01');
    expect(one.households[0]?.childIds).toContain('child-new-01');
    const two = addChild(addHome(one, 'home-new-001'), 'child-new-02');
    expect(two.households.some((h) => h.childIds.includes('child-new-02'))).toBe(false);
  });
});

describe('removing people and homes', () => {
  it('removing a child takes them out of every home, relationship row and flag', () => {
    const d = recordToDraft(separatedFamily(), newId);
    d.safetyFlags.push({ ...d.safetyFlags[0]!, id: 'flag-amir-01', subjectId: ids.amir, covers: ['school'], addedOn: '' });
    d.safetyFlags[0] = { ...d.safetyFlags[0]!, hiddenFrom: [ids.dad, ids.amir] };
    const after = removeChild(d, 0);
    expect(after.children.map((c) => c.id)).toEqual([ids.layla]);
    expect(after.households.every((h) => !h.childIds.includes(ids.amir))).toBe(true);
    expect(after.carers.every((c) => c.childRelationships.every((r) => r.childId !== ids.amir))).toBe(true);
    expect(after.safetyFlags.map((f) => f.id)).toEqual([ids.flag]);
    expect(after.safetyFlags[0]?.hiddenFrom).toEqual([ids.dad]);
  });

  it('removing a carer removes the flags on them and takes them out of who a flag hides from', () => {
    const d = recordToDraft(separatedFamily(), newId);
    expect(removeCarer(d, 0).safetyFlags).toEqual([]);
    const withoutDad = removeCarer(d, 1);
    expect(withoutDad.safetyFlags[0]?.hiddenFrom).toEqual([]);
    expect(withoutDad.households[1]?.carerIds).toEqual([]);
  });

  it('removing a home takes who lived there with it', () => {
    const d = recordToDraft(separatedFamily(), newId);
    expect(removeHome(d, 1).households.map((h) => h.id)).toEqual([ids.mumHome]);
  });
});

describe('homes and relationships', () => {
  it('ticks and unticks a person in a home', () => {
    const d = recordToDraft(separatedFamily(), newId);
    const out = setLivesIn(d, ids.dadHome, ids.layla, 'child', false);
    expect(out.households[1]?.childIds).toEqual([ids.amir]);
    expect(setLivesIn(out, ids.dadHome, ids.layla, 'child', true).households[1]?.childIds).toEqual([ids.amir, ids.layla]);
  });

  it('sets one child’s relationship without touching the others', () => {
    const d = recordToDraft(separatedFamily(), newId);
    const out = setRelationship(d, 1, ids.layla, { relationship: 'Stepdad', parentalResponsibility: 'no' });
    expect(relationshipOf(out.carers[1]!, ids.layla)).toEqual({ childId: ids.layla, relationship: 'Stepdad', parentalResponsibility: 'no' });
    expect(relationshipOf(out.carers[1]!, ids.amir)).toEqual({ childId: ids.amir, relationship: 'Dad', parentalResponsibility: 'not-known' });
  });

  it('withItem adds once and removes', () => {
    expect(withItem(['a', 'b'], 'b', true)).toEqual(['a', 'b']);
    expect(withItem(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('the safety flag tick box', () => {
  it('adds a new flag that hides phone, email and address, and unticking a new flag drops it', () => {
    const d = recordToDraft({ ...separatedFamily(), safetyFlags: [] }, newId);
    const on = setFlagged(d, ids.mum, true, newId);
    expect(currentFlagsOf(on, ids.mum).map(({ flag }) => flag.covers)).toEqual([['phone', 'email', 'address']]);
    expect(setFlagged(on, ids.mum, false, newId).safetyFlags).toEqual([]);
  });

  it('never deletes a saved flag: unticking asks for it to end, and ticking again takes that back', () => {
    const d = recordToDraft(separatedFamily(), newId);
    const off = setFlagged(d, ids.mum, false, newId);
    expect(off.safetyFlags).toHaveLength(1);
    expect(off.safetyFlags[0]?.endRequested).toBe(true);
    const on = setFlagged(off, ids.mum, true, newId);
    expect(on.safetyFlags).toHaveLength(1);
    expect(on.safetyFlags[0]?.endRequested).toBe(false);
  });

  it('leaves flags that ended before alone, and can add a new one beside them', () => {
    const record = separatedFamily();
    const ended = { ...record.safetyFlags[0]!, ended: { on: '2026-02-01', by: 'Sam Patel', reason: '' } };
    const d = recordToDraft({ ...record, safetyFlags: [ended] }, newId);
    expect(currentFlagsOf(d, ids.mum)).toEqual([]);
    const on = setFlagged(d, ids.mum, true, newId);
    expect(on.safetyFlags).toHaveLength(2);
    expect(on.safetyFlags[0]?.ended).toEqual(ended.ended);
  });
});
