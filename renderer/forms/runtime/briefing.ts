/** The school's briefing in the form file: not built yet (see docs/decisions/0019-form-files.md). */
import type { FormEnvelope } from '../../../shared/forms/envelope';

export function startBriefing(_value: unknown, _envelope: FormEnvelope, _key: CryptoKey): boolean {
  return false;
}
