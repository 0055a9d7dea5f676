import type { ConsentEvent } from '../../../shared/domain/consent';
import { scopeState } from '../../../shared/rules/consent-state';
import type { IsoDate } from '../../../shared/rules/dates';
import { useAreaWords } from '../../data/hooks/useSettings';
import { stateSentence } from './consent-words';

/** Whether the family has agreed to early help itself, in one line. */
export function EarlyHelpStatus({ log, today }: { log: readonly ConsentEvent[]; today: IsoDate }) {
  const { service, serviceCapitalised } = useAreaWords();
  const state = scopeState(log, { type: 'early-help' }, today);
  return (
    <p className="consent-early-help">
      <strong>Consent to {service}:</strong>{' '}
      {state.state === 'not-asked' ? `Not recorded yet. ${serviceCapitalised} is voluntary: record the family's decision below.` : stateSentence(state)}
    </p>
  );
}
