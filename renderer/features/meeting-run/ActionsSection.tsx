import { ActionOutcome } from './ActionOutcome';
import { useCallback, useMemo, useState } from 'react';
import type { Action } from '../../../shared/domain/action';
import { todayInLondon } from '../../../shared/rules/dates';
import { changeUpdate, statusAfterReview, updateFor } from '../../../shared/rules/meeting-run/actions-review';
import { actionsToPutBack } from '../../../shared/rules/meeting-run/actions-undo';
import { planWarnings } from '../../../shared/rules/plan-quality';
import { Loading } from '../../components/Loading';
import { SaveStatus } from '../../components/SaveStatus';
import { UndoNotice, type UndoableRemoval } from '../../components/notices/UndoNotice';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { SaveState } from '../../data/save-queue';
import { ActionEditor } from './ActionEditor';
import { ActionRow, actionRowButtonId } from './ActionRow';
import { useFocusAfter } from '../../components/useFocusAfter';
import { ActionQuickAdd } from './ActionQuickAdd';
import { RunHeading } from './RunContents';
import type { MeetingSectionProps } from './section-props';
import { actionsGlossary, useFamilyActions, useOwnerOptions } from './useActionsData';
import { PlanWarningList } from './PlanWarningList';
import '../../styles/meeting-run-voice-actions.css';

/** The same id the page's contents link to (MeetingRunPage's ACTIONS_HEADING_ID). */
export const ACTIONS_HEADING_ID = 'run-actions';

const OWNER_LIST_ID = 'action-owner-suggestions';

/**
 * What needs to happen: the plan. Each action says what will be done, for which child and need,
 * by whom and by when, how we will know, its status and a note. Warnings about a weak plan sit
 * beside the actions and never stop anything.
 */
export function ActionsSection({ family, meeting, record, change }: MeetingSectionProps) {
  const { actions } = useRepositories();
  const data = useFamilyActions(family.id, meeting.id);
  const owners = useOwnerOptions(family, record.attendees);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  // One action open to edit at a time; the rest are one line each.
  const [openId, setOpenId] = useState<string | null>(null);
  const [removal, setRemoval] = useState<UndoableRemoval | null>(null);
  const focusAfter = useFocusAfter();
  const planned = useMemo(() => data?.thisMeeting ?? [], [data]);
  const warnings = useMemo(() => planWarnings(planned, { today: todayInLondon(), glossary: actionsGlossary() }), [planned]);

  const add = useCallback(
    async (action: Action) => {
      setRemoval(null);
      setSaveState({ status: 'saving' });
      try {
        await actions.save(action);
        setSaveState({ status: 'saved', at: new Date() });
      } catch (error) {
        setSaveState({ status: 'failed', message: toStorageError(error).message });
        throw error;
      }
    },
    [actions],
  );

  const putBack = useCallback(
    async (restore: readonly Action[], number: number) => {
      const [action, earlier] = restore;
      if (!action) return;
      setRemoval(null);
      try {
        await actions.saveMany(restore);
        if (earlier) change((r) => changeUpdate(r, earlier.id, (u) => ({ ...u, carriedForward: true })));
        setFailure(null);
        setStatus(`Action ${number} is back.`);
        focusAfter(actionRowButtonId(action.id));
      } catch (error) {
        setFailure(toStorageError(error).message);
      }
    },
    [actions, change, focusAfter],
  );

  const remove = useCallback(
    async (action: Action, number: number) => {
      const restore = actionsToPutBack(action, data?.all ?? []);
      try {
        if (action.carriedFromId) {
          // Taking a carried-forward action out puts the earlier one back as its review update says.
          const update = { ...updateFor(record, action.carriedFromId), carriedForward: false };
          await actions.undoCarryForward(action.id, statusAfterReview(update, 'in-progress'));
          const from = action.carriedFromId;
          change((r) => changeUpdate(r, from, (u) => ({ ...u, carriedForward: false })));
        } else {
          await actions.remove(action.id);
        }
        setFailure(null);
        setStatus('');
        setOpenId(null);
        // Focus goes to the notice, whose Undo is the next Tab.
        const what = action.what.trim();
        setRemoval((r) => ({
          key: (r?.key ?? 0) + 1,
          what: what === '' ? `Action ${number}` : `Action ${number} (“${what.length > 60 ? `${what.slice(0, 59)}…` : what}”)`,
          undo: () => void putBack(restore, number),
        }));
      } catch (error) {
        setFailure(toStorageError(error).message);
      }
    },
    [actions, change, record, data, putBack],
  );

  const planWide = warnings.filter((w) => w.actionId === undefined);
  return (
    <section aria-labelledby={ACTIONS_HEADING_ID} className="run-section va-actions">
      <RunHeading id={ACTIONS_HEADING_ID}>Actions: who will do what, by when</RunHeading>
      <p className="hint-text">
        For each action: what will be done in plain words, for which child, one person who will do it (it can be a parent or the young person), and by when.
      </p>
      <datalist id={OWNER_LIST_ID}>
        {owners.map((o) => (
          <option key={o.id} value={o.name} label={o.description} />
        ))}
      </datalist>
      <PlanWarningList label="Things to check about the plan" warnings={planWide} />
      <UndoNotice removal={removal} onDismiss={() => setRemoval(null)} />
      {!data ? (
        <Loading what="actions" />
      ) : planned.length === 0 ? (
        <p className="va-empty">No actions agreed yet.</p>
      ) : (
        <ol className="va-action-list" aria-label="Actions agreed at this meeting">
          {planned.map((a, i) =>
            a.id === openId ? (
              <ActionEditor
                key={a.id}
                action={a}
                number={i + 1}
                family={family}
                owners={owners}
                ownerListId={OWNER_LIST_ID}
                warnings={warnings.filter((w) => w.actionId === a.id)}
                onSaveState={setSaveState}
                onRemove={remove}
                onClose={() => {
                  setOpenId(null);
                  focusAfter(actionRowButtonId(a.id));
                }}
              />
            ) : (
              <ActionRow
                key={a.id}
                action={a}
                number={i + 1}
                hasWarnings={warnings.some((w) => w.actionId === a.id)}
                onOpen={() => {
                  setOpenId(a.id);
                  focusAfter(`action-${a.id}-what`);
                }}
              />
            ),
          )}
        </ol>
      )}
      <ActionOutcome failure={failure} status={status} />
      {data && <ActionQuickAdd family={family} meetingId={meeting.id} owners={owners} ownerListId={OWNER_LIST_ID} planned={planned} add={add} />}
      <SaveStatus state={saveState} savedLabel="Actions saved" />
    </section>
  );
}
