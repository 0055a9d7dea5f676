import { PageContents, type ContentsEntry } from '../../components/PageContents';

export type RunContentsEntry = ContentsEntry;

/** Links to each part of the meeting screen. */
export function RunContents({ entries }: { entries: readonly RunContentsEntry[] }) {
  return <PageContents entries={entries} title="Parts of the meeting" block="run-contents" />;
}

/** An h2 that the contents links can move focus to. */
export function RunHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 className="section-heading run-heading" id={id} tabIndex={-1}>
      {children}
    </h2>
  );
}
