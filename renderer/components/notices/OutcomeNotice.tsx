import type { ReactNode, Ref } from 'react';

export interface Outcome {
  ok: boolean;
  message: string;
}

/**
 * What became of an action the user asked for (a setting saved, a check run): a success notice
 * screen readers hear politely, or a problem they hear at once. It can take focus (by `id` or
 * `ref`), since the result replaces nothing the user was on.
 */
export function OutcomeNotice({ ok, id, ref, children }: { ok: boolean; id?: string; ref?: Ref<HTMLDivElement>; children: ReactNode }) {
  return (
    <div id={id} ref={ref} tabIndex={-1} className={`notice ${ok ? 'notice--success' : 'notice--problem'}`} role={ok ? 'status' : 'alert'}>
      {children}
    </div>
  );
}
