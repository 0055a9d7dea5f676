import type { FamilyRecord } from '../../../shared/domain/family-record';
import { knownAs } from '../../../shared/domain/person';

/** The choices for "for which child": the whole family, then each child by the name they go by. */
export function ActionChildOptions({ family }: { family: FamilyRecord }) {
  return (
    <>
      <option value="">The whole family</option>
      {family.children.map((c) => (
        <option key={c.id} value={c.id}>
          {knownAs(c)}
        </option>
      ))}
    </>
  );
}
