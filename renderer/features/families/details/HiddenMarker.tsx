import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { nameInFamily } from '../model/names';
import { NameList } from './NameList';

/** A calm note beside a protected detail saying who it is never shown to. Nothing when it is shown to everyone. */
export function HiddenMarker({ family, hiddenFrom }: { family: FamilyRecord; hiddenFrom: readonly string[] }) {
  if (hiddenFrom.length === 0) return null;
  return (
    <span className="hidden-marker">
      Hidden from: <NameList names={hiddenFrom.map((id) => nameInFamily(family, id))} />
    </span>
  );
}
