/**
 * The leak check over every document made for a person: Mum's address, phone and email are
 * flagged hidden from Dad (and, in the last case, from the school nurse). Typed by hand into an
 * action's note, or into any other free text, they never reach a copy for someone who may not see
 * them, in any document type: each copy either leaves them out or is refused. A child of the
 * family may not see any flagged detail but their own, whichever adult the flag names.
 */
import { describe, expect, it } from 'vitest';
import { stringsIn } from '../../../shared/documents/invitation/leak-guard';
import { invitationLetter } from '../../../shared/documents/invitation/letter';
import type { TeamDocument } from '../../../shared/documents/model';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { RecipientRef } from '../../../shared/domain/minutes';
import { ownerActionsDocument } from '../../../shared/owner-actions/document';
import { minutesContent } from '../../../shared/minutes/content';
import { minutesExport, type MinutesExportKind, WithheldInCopyError } from '../../../shared/minutes/export';
import { agendaDocument, meetingPackDocument } from '../../../shared/minutes/meeting-documents';
import { newMinutesRow } from '../../../shared/minutes/workflow';
import { defaultMinutesWording } from '../../../shared/minutes/wording';
import { ownerActions } from '../../../shared/rules/owner-actions';
import { letterInput, meeting as invitationMeeting } from '../invitations/fixtures';
import { actions, agreedRow, agreement, area, CHAIR, consents, DAD, earlierActions, family, ids, input, meeting, more, MUM_SECRETS, NURSE, record, reports } from '../minutes/fixtures';

/** Mum's new home, as a chair might type it into a note. */
const TYPED = 'She has moved to 12 Elm Road, Flat 3, LS1 4AP; ring her on 07700 900123 or email siobhan@example.org.';

const squash = (s: string) => s.normalize('NFC').toLocaleLowerCase('en-GB').replace(/\s+/g, '');
const digits = (s: string) => s.replace(/\D/g, '');

/** Whether any of Mum's details is anywhere in the document's words. */
function leaks(doc: TeamDocument): string[] {
  const all = stringsIn(doc).join('\n');
  const flat = squash(all);
  const numbers = digits(all);
  return MUM_SECRETS.filter((s) => (/^[\d ]+$/.test(s) ? numbers.includes(digits(s)) : flat.includes(squash(s))));
}

/** The copy, or "refused" when the last check stopped it. */
function made(make: () => TeamDocument): TeamDocument | 'refused' {
  try {
    return make();
  } catch (error) {
    if (error instanceof WithheldInCopyError || (error instanceof Error && error.name === 'WithheldDetailError')) return 'refused';
    throw error;
  }
}

const dad: RecipientRef = { id: ids.dad, kind: 'family-member', name: DAD, role: 'Dad', agency: '' };
const amir: RecipientRef = { id: ids.amir, kind: 'family-member', name: 'Amir Haddad', role: 'Son', agency: '' };

// The address is in an earlier action's review note and in a new action's note, nowhere else.
const noted = input({
  record: record({
    itemNotes: [{ itemId: 'item-welcome', notes: 'Everyone introduced themselves.', secondsTaken: 0, runningSince: null }],
    actionUpdates: [{ actionId: 'action-old-01', progress: 'partly', note: TYPED, carriedForward: true }],
  }),
  actions: actions.map((a, i) => (i === 0 ? { ...a, note: TYPED, howWeWillKnow: `Ana checks in. ${TYPED}` } : a)),
  earlierActions,
  reports: [],
});
const content = minutesContent(noted);
const row = newMinutesRow({ id: 'minutes-0001', familyId: ids.family, meetingId: more.meeting, at: '2026-11-23T18:00:00.000Z', by: CHAIR });

const minutesKinds: [MinutesExportKind, RecipientRef][] = [
  ['minutes', dad],
  ['family-version', dad],
  ['review-copy', dad],
  ['action-plan', dad],
  ['child-letter', amir],
];

describe('the leak check', () => {
  it('the flagged address typed into an action’s note is in the content the copies are made from', () => {
    expect(JSON.stringify(content)).toContain('12 Elm Road');
  });

  it.each(minutesKinds)('keeps it out of the %s for someone who may not see it', (document, recipient) => {
    // A child's letter is made only from agreed minutes.
    const doc = made(() => minutesExport({ document, row: document === 'child-letter' ? agreedRow(content) : row, live: content, family: family(), agreement: agreement(), recipient, childId: ids.amir, createdAt: '2026-11-23T18:20:00.000Z' }));
    if (doc === 'refused') return;
    expect(leaks(doc)).toEqual([]);
    // The note itself is still there, with the details taken out.
    if (document !== 'child-letter') expect(stringsIn(doc).join('\n')).toContain(`She has moved to ${defaultMinutesWording.minutes.withheld}`);
  });

  const withNote = meeting({
    agenda: { meetingKind: 'review', items: [{ id: 'item-review', title: 'How the plan is going', description: `Each action from last time. ${TYPED}`, minutes: 20, childAttends: false, kind: 'action-review' }] },
  });
  const meetingInput = { family: family(), meeting: withNote, area, chair: { name: CHAIR, role: 'Family support worker' }, reports: reports.map((r) => ({ ...r, sections: r.sections.map((s) => ({ ...s, text: `${s.text} ${TYPED}` })) })), recipient: { id: ids.dad, name: DAD } };

  it('keeps it out of the agenda', () => {
    const doc = made(() => agendaDocument(meetingInput));
    if (doc !== 'refused') expect(leaks(doc)).toEqual([]);
  });

  it('keeps it out of the meeting pack', () => {
    const doc = made(() => meetingPackDocument(meetingInput));
    if (doc !== 'refused') expect(leaks(doc)).toEqual([]);
  });

  it('keeps it out of the invitation letter', () => {
    const letter = letterInput(ids.dad, { meeting: invitationMeeting({ accessNote: `Step-free access. ${TYPED}` }) });
    const doc = made(() => invitationLetter(letter, { today: '2026-11-20' }));
    expect(doc === 'refused' || leaks(doc).length === 0).toBe(true);
  });

  it('keeps it out of an invitation letter to a child, whom the flag does not name: a child cannot keep it from Dad', () => {
    const letter = letterInput(ids.amir, { meeting: invitationMeeting({ accessNote: `Step-free access. ${TYPED}` }) });
    const doc = made(() => invitationLetter(letter, { today: '2026-11-20' }));
    expect(doc).toBe('refused');
    // Without it typed in, the child's letter is made as before.
    expect(made(() => invitationLetter(letterInput(ids.amir), { today: '2026-11-20' }))).not.toBe('refused');
  });

  it('keeps it out of the family’s version made for a child', () => {
    const doc = made(() => minutesExport({ document: 'family-version', row, live: content, family: family(), agreement: agreement(), recipient: amir, createdAt: '2026-11-23T18:20:00.000Z' }));
    if (doc === 'refused') throw new Error('The copy should be made, with the details taken out');
    expect(leaks(doc)).toEqual([]);
    expect(stringsIn(doc).join('\n')).toContain(`She has moved to ${defaultMinutesWording.minutes.withheld}`);
  });

  it('keeps it out of a practitioner’s list of actions, when the flag hides it from them', () => {
    const hiddenFromNurse: FamilyRecord = { ...family(), safetyFlags: family().safetyFlags.map((f) => ({ ...f, hiddenFrom: [ids.dad, more.nurse] })) };
    const owner = { id: more.nurse, name: NURSE, role: 'School nurse', agency: 'Kirkby Community Health' };
    const mine = actions.map((a) => ({ ...a, ownerId: more.nurse, ownerName: NURSE, what: `Visit Mum. ${TYPED}`, note: TYPED }));
    const list = ownerActions({ owner, actions: mine, families: [hiddenFromNurse], consents: new Map([[ids.family, consents()]]), today: '2026-11-24' });
    expect(list.families).toHaveLength(1);
    const doc = made(() => ownerActionsDocument(owner, list, { today: '2026-11-24', marking: 'OFFICIAL-SENSITIVE', author: CHAIR }));
    if (doc !== 'refused') expect(leaks(doc)).toEqual([]);
  });
});
