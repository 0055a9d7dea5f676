import { useEffect, useRef, useState } from 'react';

/**
 * For a settings section whose form starts afresh from what was saved: `version` is the form's key,
 * `saved` what it starts from next, and focus goes to the "saved" notice, since the button pressed
 * has been replaced.
 */
export function useRestartAfterSave<T>() {
  const [base, setBase] = useState<{ value: T; version: number } | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const version = base?.version ?? 0;
  useEffect(() => {
    if (version > 0) notice.current?.focus();
  }, [version]);
  return { version, saved: base?.value, notice, onSaved: (value: T) => setBase({ value, version: version + 1 }) };
}
