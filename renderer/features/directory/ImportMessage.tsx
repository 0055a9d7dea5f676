import { useFocusOnMount } from './useFocusOnMount';

/** The outcome of an import, in one line. It takes focus when the button that was pressed has gone. */
export function ImportMessage({ tone, text, takeFocus }: { tone: 'success' | 'info' | 'problem'; text: string; takeFocus: boolean }) {
  const ref = useFocusOnMount<HTMLDivElement>(takeFocus);
  const className = tone === 'info' ? 'notice' : `notice notice--${tone}`;
  return (
    <div className={className} ref={ref} tabIndex={-1} role={tone === 'problem' ? 'alert' : 'status'}>
      {text}
    </div>
  );
}
