import { useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { MeetingRecord } from '../../../shared/domain/meeting-record';
import { recordProblems, splitMeetingRecord, type FieldProblem } from '../../../shared/rules/meeting-run/saveable';
import { toStorageError } from '../../data/errors';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveQueue, type SaveState } from '../../data/save-queue';

export interface MeetingRecordEditor {
  /** Undefined until the record has been started (or read back). */
  record: MeetingRecord | undefined;
  /** Why the record could not be started, when it could not. */
  startProblem: string | null;
  /** Applies a change at once and saves it; see MeetingSectionProps. */
  change: (recipe: (record: MeetingRecord) => MeetingRecord) => void;
  saveState: SaveState;
  /** When the last write finished, for "Saved at 16:02". */
  lastSavedAt: Date | null;
  /** True once a write has taken long enough to be worth saying "Saving…". */
  slowSave: boolean;
  /** Tries the last failed save again. */
  retry: () => void;
  /** Resolves once everything changed so far has been written (or has failed). */
  flushed: () => Promise<void>;
  /** Puts the record the repository gave back (after finishing) on screen, without saving it again. */
  replace: (record: MeetingRecord) => void;
  /** Fields on screen that cannot be saved as they are; everything else is saved (see saveable.ts). */
  problems: readonly FieldProblem[];
}

/** After this long a save is worth mentioning; quicker ones would make the line flicker with every key. */
const SLOW_SAVE_MS = 800;

interface QueueListeners {
  setSaveState: (state: SaveState) => void;
  setSlowSave: (slow: boolean) => void;
  setLastSavedAt: (at: Date) => void;
}

/** A save queue that also says when a write is slow enough to mention, and when the last one finished. */
function savingQueue(save: (record: MeetingRecord) => Promise<unknown>, on: QueueListeners): SaveQueue<MeetingRecord> {
  let slowTimer: number | undefined;
  const onState = (state: SaveState) => {
    on.setSaveState(state);
    window.clearTimeout(slowTimer);
    if (state.status === 'saving') {
      slowTimer = window.setTimeout(() => on.setSlowSave(true), SLOW_SAVE_MS);
      return;
    }
    on.setSlowSave(false);
    if (state.status === 'saved') on.setLastSavedAt(state.at);
  };
  return new SaveQueue<MeetingRecord>(async (value) => {
    await save(value);
  }, onState);
}

/**
 * Writes what can be saved of each record (see saveable.ts): a field that cannot be saved is
 * written at its value in the last record written, so one field never stops the rest.
 */
function fieldByFieldWriter(save: (record: MeetingRecord) => Promise<MeetingRecord>) {
  let lastSaved: MeetingRecord | undefined;
  return {
    async write(value: MeetingRecord): Promise<void> {
      lastSaved = await save(splitMeetingRecord(value, lastSaved ?? value).saveable);
    },
    /** The record as stored now (started, read back or finished). */
    saved(value: MeetingRecord): void {
      lastSaved = value;
    },
  };
}

/**
 * The meeting record as the screen holds it. Typing goes into local state first, so inputs never
 * wait for the database; every change is then written at once through a save queue (one write in
 * flight, always the latest value next), so closing the window loses at most what was typed
 * during the last write. Pending saves are retried when the page is hidden or closed.
 */
export function useMeetingRecordEditor(meeting: PlannedMeeting, family: FamilyRecord): MeetingRecordEditor {
  const { meetingRecords } = useRepositories();
  const [record, setRecord] = useState<MeetingRecord | undefined>(undefined);
  const [startProblem, setStartProblem] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  const [slowSave, setSlowSave] = useState(false);
  const current = useRef<MeetingRecord | undefined>(undefined);
  const problems = useMemo(() => (record === undefined ? [] : recordProblems(record)), [record]);

  const writer = useMemo(() => fieldByFieldWriter((value) => meetingRecords.save(value)), [meetingRecords]);
  const queue = useMemo(() => savingQueue(writer.write, { setSaveState, setSlowSave, setLastSavedAt }), [writer]);

  const startRecord = useEffectEvent(() => meetingRecords.start(meeting, { childIds: family.children.map((c) => c.id) }));

  // Start (or read back) the record once per meeting; later changes to the meeting do not restart it.
  useEffect(() => {
    let live = true;
    startRecord().then(
      (started) => {
        if (!live) return;
        current.current = started;
        writer.saved(started);
        setRecord(started);
      },
      (error: unknown) => {
        if (live) setStartProblem(toStorageError(error).message);
      },
    );
    return () => {
      live = false;
    };
  }, [meeting.id, writer]);

  // Anything not yet written goes when the window is hidden, closed or this screen is left.
  useEffect(() => {
    const flush = () => queue.retry();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [queue]);

  const change = useCallback(
    (recipe: (record: MeetingRecord) => MeetingRecord) => {
      const before = current.current;
      if (before === undefined) return;
      const next = recipe(before);
      if (next === before) return;
      current.current = next;
      setRecord(next);
      queue.pushAfterPaint(next);
    },
    [queue],
  );

  const replace = useCallback((value: MeetingRecord) => {
    current.current = value;
    writer.saved(value);
    setRecord(value);
  }, [writer]);

  return { record, startProblem, change, saveState, lastSavedAt, slowSave, retry: () => queue.retry(), flushed: () => queue.flushed(), replace, problems };
}
