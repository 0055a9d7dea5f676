import { PageContents, type ContentsEntry } from '../../../components/PageContents';

export type { ContentsEntry };

/** Links to each section of a long form. */
export function FormContents({ entries }: { entries: readonly ContentsEntry[] }) {
  return <PageContents entries={entries} title="Parts of this form" block="form-contents" />;
}
