import { REMINDER } from './meeting-words';

/** The calm reminder shown while a family member has not been told about a change. */
export function TellFamilyReminder({ detail = true }: { detail?: boolean }) {
  return (
    <div className="notice notice--reminder">
      <p className="notice__title">{REMINDER}</p>
      {detail && <p>This meeting has changed. Tell the family before anyone else, then mark them as told below.</p>}
    </div>
  );
}
