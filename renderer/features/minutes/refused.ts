import { SaveRefused } from '../../components/form/useFormSubmit';

/** A workflow step's own refusal ("the minutes are already final") becomes a save the user can act on. */
export async function unlessRefused(change: Promise<{ ok: true } | { ok: false; message: string }>): Promise<void> {
  const result = await change;
  if (!result.ok) throw new SaveRefused(result.message);
}
