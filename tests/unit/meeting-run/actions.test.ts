import { describe, expect, it } from 'vitest';
import type { Action } from '../../../shared/domain/action';
import { meetingRecordSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import { buildQuickAction, emptyQuickAction, isQuickActionDraft, nextCreatedAt, readDueDate, WHAT_MISSING_MESSAGE } from '../../../shared/rules/meeting-run/actions-entry';
import { matchOwner, ownerOptions, withOwner } from '../../../shared/rules/meeting-run/actions-owner';
import { actionsToPutBack } from '../../../shared/rules/meeting-run/actions-undo';
import { actionsToReview, canCarryForward, carriedCopy, carriedInto, changeUpdate, statusAfterReview, updateFor } from '../../../shared/rules/meeting-run/actions-review';
import { planWarnings } from '../../../shared/rules/plan-quality';

const action = (over: Partial<Action> = {}): Action => ({
  id: 'action-0001',
  familyId: 'family-0001',
  meetingId: 'meeting-first',
  childId: 'child-leo-01',
  what: 'Take Leo to the dentist',
  ownerName: 'Ana Ruiz',
  dueDate: '2026-12-10',
  howWeWillKnow: 'Ana tells us at the review',
  status: 'not-started',
  note: '',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  ...over,
});

const record = (over: Partial<MeetingRecord> = {}): MeetingRecord => ({
  ...meetingRecordSchema.parse({ id: 'meeting-review', familyId: 'family-0001', startedAt: '2027-01-10T10:00:00Z', updatedAt: '2027-01-10T10:00:00Z' }),
  ...over,
});

const family = {
  carers: [{ id: 'carer-ana-01', name: 'Ana Ruiz', relationship: 'Mum' }],
  children: [
    { id: 'child-leo-01', name: 'Leonardo Ruiz', preferredName: 'Leo' },
    { id: 'child-mia-01', name: 'Mia Ruiz', preferredName: '' },
  ],
};

const owners = ownerOptions({
  family,
  attendees: [
    { id: 'att-teacher', kind: 'practitioner', name: 'Priya Shah', role: 'Class teacher', agency: 'Oak Primary School', attendance: 'attended', joinedOnTheDay: false },
    { id: 'att-ana-again', kind: 'family', name: 'ana ruiz', role: 'Mum', agency: '', attendance: 'attended', joinedOnTheDay: false },
  ],
  practitioners: [{ id: 'dir-nurse-01', name: 'Tom Okafor', role: 'School nurse', agency: '' }],
});

describe('who can own an action', () => {
  it('offers the family first, then who came, then the directory, each name once, with who they are', () => {
    expect(owners.map((o) => [o.name, o.kind, o.description])).toEqual([
      ['Ana Ruiz', 'family', 'Mum'],
      ['Leo', 'young-person', 'The young person'],
      ['Mia Ruiz', 'young-person', 'The young person'],
      ['Priya Shah', 'practitioner', 'Class teacher, Oak Primary School'],
      ['Tom Okafor', 'practitioner', 'School nurse'],
    ]);
  });

  it('links a typed name to the person it matches, ignoring case and spaces, and unlinks a changed name', () => {
    expect(matchOwner(' priya shah ', owners)?.id).toBe('att-teacher');
    const linked = withOwner(action(), 'tom okafor', owners);
    expect(linked).toMatchObject({ ownerName: 'tom okafor', ownerKind: 'practitioner', ownerId: 'dir-nurse-01' });
    const typed = withOwner(linked, 'Grandad Joe', owners);
    expect(typed.ownerName).toBe('Grandad Joe');
    expect(typed.ownerId).toBeNull();
    expect(typed).not.toHaveProperty('ownerKind');
  });
});

describe('quick entry of an action', () => {
  const context = { id: 'action-new1', familyId: 'family-0001', meetingId: 'meeting-first', now: '2026-11-23T10:05:00.000Z', owners, childIds: ['child-leo-01', 'child-mia-01'] };

  it('makes a not-started action for the child, owned by a known person, due on the typed date', () => {
    const built = buildQuickAction({ what: ' Book a hearing test ', childId: 'child-mia-01', ownerName: 'Tom Okafor', due: '4/1/2027' }, context);
    expect(built).toEqual({
      ok: true,
      action: {
        id: 'action-new1',
        familyId: 'family-0001',
        meetingId: 'meeting-first',
        childId: 'child-mia-01',
        what: 'Book a hearing test',
        ownerName: 'Tom Okafor',
        ownerKind: 'practitioner',
        ownerId: 'dir-nurse-01',
        dueDate: '2027-01-04',
        howWeWillKnow: '',
        status: 'not-started',
        note: '',
        need: '',
        carriedFromId: null,
        createdAt: '2026-11-23T10:05:00.000Z',
        updatedAt: '2026-11-23T10:05:00.000Z',
      },
    });
  });

  it('allows no owner, no date and the whole family (they are warned about, not refused)', () => {
    const built = buildQuickAction({ ...emptyQuickAction(), what: 'Find a holiday club' }, context);
    expect(built.ok && built.action).toMatchObject({ childId: null, ownerName: '', ownerId: null, dueDate: null });
  });

  it('needs what will be done, and a real date when one is typed', () => {
    expect(buildQuickAction({ ...emptyQuickAction(), what: '   ', due: '31/02/2027' }, context)).toEqual({
      ok: false,
      problems: [
        { field: 'what', message: WHAT_MISSING_MESSAGE },
        { field: 'due', message: 'That date does not exist: this month has 28 days' },
      ],
    });
    expect(readDueDate('')).toEqual({ ok: true, date: null });
    expect(readDueDate('next week')).toEqual({ ok: false, message: 'Enter the date as day/month/year, for example 23/11/2026' });
  });

  it('refuses a child who is not in the family, treating it as the whole family', () => {
    const built = buildQuickAction({ ...emptyQuickAction(), what: 'Ring school', childId: 'someone-else' }, context);
    expect(built.ok && built.action.childId).toBeNull();
  });

  it('times a new action after the plan’s latest, so the order (and numbering) holds even if the clock does not move', () => {
    const now = new Date('2026-11-23T10:00:00.000Z');
    expect(nextCreatedAt(now, [])).toBe('2026-11-23T10:00:00.000Z');
    expect(nextCreatedAt(now, [{ createdAt: '2026-11-23T09:00:00.000Z' }])).toBe('2026-11-23T10:00:00.000Z');
    expect(nextCreatedAt(now, [{ createdAt: '2026-11-23T10:00:00.000Z' }, { createdAt: '2026-11-23T10:00:00.004Z' }])).toBe('2026-11-23T10:00:00.005Z');
  });

  it('recognises a stored draft of the form', () => {
    expect(isQuickActionDraft(emptyQuickAction())).toBe(true);
    expect(isQuickActionDraft({ what: 'x' })).toBe(false);
    expect(isQuickActionDraft(null)).toBe(false);
  });
});

describe('reviewing earlier actions', () => {
  it.each<[string, Parameters<typeof statusAfterReview>[0], Action['status']]>([
    ['nothing chosen yet keeps the status', { progress: null, carriedForward: false }, 'in-progress'],
    ['done closes it as done', { progress: 'done', carriedForward: false }, 'done'],
    ['partly done keeps it open for the next review', { progress: 'partly', carriedForward: false }, 'in-progress'],
    ['not done closes it as not done', { progress: 'not-done', carriedForward: false }, 'not-done'],
    ['partly done and carried forward closes it: the new action takes over', { progress: 'partly', carriedForward: true }, 'not-done'],
    ['not done and carried forward closes it', { progress: 'not-done', carriedForward: true }, 'not-done'],
    ['done after carrying forward is done', { progress: 'done', carriedForward: true }, 'done'],
  ])('%s', (_name, update, expected) => {
    expect(statusAfterReview(update, 'in-progress')).toBe(expected);
  });

  it('only unfinished actions can be carried forward', () => {
    expect([null, 'done', 'partly', 'not-done'].map((progress) => canCarryForward({ progress: progress as never }))).toEqual([false, false, true, true]);
  });

  it('records an update once per action, keeping the others', () => {
    let r = changeUpdate(record(), 'action-0001', (u) => ({ ...u, progress: 'done' }));
    r = changeUpdate(r, 'action-0002', (u) => ({ ...u, note: 'Waiting for a letter' }));
    r = changeUpdate(r, 'action-0001', (u) => ({ ...u, note: 'Went on 2 December' }));
    expect(r.actionUpdates).toEqual([
      { actionId: 'action-0001', progress: 'done', note: 'Went on 2 December', carriedForward: false },
      { actionId: 'action-0002', progress: null, note: 'Waiting for a letter', carriedForward: false },
    ]);
    expect(updateFor(record(), 'action-0003')).toEqual({ actionId: 'action-0003', progress: null, note: '', carriedForward: false });
  });

  it('a carried copy keeps the words, child, need and owner, has no date, and points back', () => {
    const earlier = action({ need: 'Healthy teeth', ownerKind: 'family', ownerId: 'carer-ana-01', status: 'in-progress', note: 'Letter sent' });
    const copy = carriedCopy(earlier, { id: 'action-copy1', meetingId: 'meeting-review', now: '2027-01-10T10:30:00.000Z' });
    expect(copy).toEqual({
      id: 'action-copy1',
      familyId: 'family-0001',
      meetingId: 'meeting-review',
      childId: 'child-leo-01',
      what: 'Take Leo to the dentist',
      need: 'Healthy teeth',
      ownerName: 'Ana Ruiz',
      ownerKind: 'family',
      ownerId: 'carer-ana-01',
      dueDate: null,
      howWeWillKnow: 'Ana tells us at the review',
      status: 'not-started',
      note: '',
      carriedFromId: 'action-0001',
      createdAt: '2027-01-10T10:30:00.000Z',
      updatedAt: '2027-01-10T10:30:00.000Z',
    });
    expect(carriedInto([earlier, copy], 'action-0001', 'meeting-review')).toBe(copy);
    expect(carriedInto([earlier, copy], 'action-0001', 'meeting-other')).toBeUndefined();
    // The new plan warns until a new date is agreed.
    const warnings = planWarnings([copy], { today: '2027-01-10', glossary: loadDefaultGlossary() });
    expect(warnings.map((w) => w.message)).toEqual(['Action 1 has no date. Agree when it will be done by.']);
  });

  it("lists the open actions of other meetings, soonest due first, and keeps the ones this review has closed", () => {
    const actions = [
      action({ id: 'a-undated', dueDate: null }),
      action({ id: 'a-late', dueDate: '2026-12-20', status: 'in-progress' }),
      action({ id: 'a-soon', dueDate: '2026-12-01' }),
      action({ id: 'a-done-before', status: 'done' }),
      action({ id: 'a-done-now', status: 'done', dueDate: '2026-12-05' }),
      action({ id: 'a-carried', status: 'not-done', dueDate: '2026-12-02' }),
      action({ id: 'a-copy', meetingId: 'meeting-review', carriedFromId: 'a-carried', dueDate: null }),
      action({ id: 'a-this', meetingId: 'meeting-review' }),
    ];
    const r = record({ actionUpdates: [{ actionId: 'a-done-now', progress: 'done', note: '', carriedForward: false }] });
    expect(actionsToReview(actions, 'meeting-review', r).map((a) => a.id)).toEqual(['a-soon', 'a-carried', 'a-done-now', 'a-late', 'a-undated']);
  });
});

describe('undoing the removal of an action', () => {
  it('puts back the action exactly as it was removed, with its owner, date and place in the plan', () => {
    const removed = action({ id: 'action-0002', ownerName: 'Sam Lee', ownerKind: 'practitioner', ownerId: 'pract-000001', dueDate: '2027-01-08', createdAt: '2026-11-23T10:00:00.005Z' });
    expect(actionsToPutBack(removed, [action(), removed])).toEqual([removed]);
  });

  it('for an action carried forward, also puts the earlier action back as it was (closed as not done)', () => {
    const earlier = action({ status: 'not-done', updatedAt: '2027-01-10T10:05:00.000Z' });
    const other = action({ id: 'action-0009' });
    const copy = carriedCopy(earlier, { id: 'action-0003', meetingId: 'meeting-review', now: '2027-01-10T10:05:00.000Z' });
    // By the time undo is pressed the earlier one has been reopened; undo writes it as it was at the removal.
    expect(actionsToPutBack(copy, [other, earlier, copy])).toEqual([copy, earlier]);
    // An earlier action no longer there (removed from its own plan) is not made up.
    expect(actionsToPutBack(copy, [other])).toEqual([copy]);
  });
});
