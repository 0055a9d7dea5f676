import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AuthoredBriefing } from '../../../shared/briefing/authored';
import { useRepositories } from '../../data/hooks/useRepositories';
import { SaveQueue, type SaveState } from '../../data/save-queue';

export interface EditedBriefing {
  /** undefined while loading; null when there is no such briefing. */
  value: AuthoredBriefing | null | undefined;
  update(change: (previous: AuthoredBriefing) => AuthoredBriefing): void;
  saveState: SaveState;
  /** Resolves once everything typed so far has been written. */
  flushed(): Promise<void>;
}

/**
 * A briefing being written, saved to the authoredBriefings table on every change (one write at a
 * time, the latest always last), so closing the window or a crash loses nothing.
 */
export function useAuthoredBriefing(id: string): EditedBriefing {
  const { briefings } = useRepositories();
  const [value, setValue] = useState<AuthoredBriefing | null | undefined>(undefined);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const current = useRef<AuthoredBriefing | null | undefined>(undefined);
  const queue = useMemo(() => new SaveQueue<AuthoredBriefing>((v) => briefings.saveAuthored(v), setSaveState), [briefings]);

  useEffect(() => {
    let live = true;
    briefings.getAuthored(id).then(
      (found) => {
        if (!live) return;
        current.current = found ?? null;
        setValue(current.current);
      },
      () => {
        if (live) setValue(null);
      },
    );
    return () => {
      live = false;
    };
  }, [briefings, id]);

  const update = useCallback(
    (change: (previous: AuthoredBriefing) => AuthoredBriefing) => {
      const before = current.current;
      if (!before) return;
      const next = change(before);
      current.current = next;
      setValue(next);
      queue.push(next);
    },
    [queue],
  );

  const flushed = useCallback(() => queue.flushed(), [queue]);
  return { value, update, saveState, flushed };
}
