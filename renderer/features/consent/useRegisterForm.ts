import type { ConsentEvent } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import type { Validated } from '../../../shared/domain/family';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { todayInLondon, type IsoDate } from '../../../shared/rules/dates';
import { SaveRefused, useDraftForm, type DraftForm, type DraftFormOptions } from '../../components/form/useDraftForm';

/** What the consent page gives both of its forms. */
export interface RegisterFormProps {
  family: FamilyRecord;
  log: readonly ConsentEvent[];
  practitioners: readonly Practitioner[];
  recordedBy: string;
  /** Called once the decisions are in the register and the draft cleared, with who recorded them (the next entry starts with their name). */
  onRecorded(message: string, recordedBy: string): void;
}

interface Options<D, V, R> extends Omit<DraftFormOptions<D, V, R>, 'save' | 'afterCancel'> {
  /** Adds the checked decisions to the register, as of today. */
  record(checked: V, today: IsoDate): Promise<Validated<R>>;
  /** Said when the register refuses them without a reason of its own. */
  refused: string;
}

/**
 * The form hook of both consent forms: the draft becomes decisions the register takes or refuses
 * (a refusal is shown as a save problem: another window may have added an event meanwhile), and
 * clearing the form discards the draft and stays on the page.
 */
export function useRegisterForm<D, V, R>({ record, refused, ...options }: Options<D, V, R>): DraftForm<D> {
  return useDraftForm({
    ...options,
    save: async (checked) => {
      const saved = await record(checked, todayInLondon());
      if (!saved.ok) throw new SaveRefused(saved.errors[0]?.message ?? refused);
      return saved.value;
    },
    afterCancel: () => undefined,
  });
}
