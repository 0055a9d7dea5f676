/** What the copy row's last copy wrote, read back through the app's database (decrypted), for its floor. */
import type { TeamAroundDatabase } from '../../../renderer/data/db';
import { AUDIT_TIP_KEY } from '../../../renderer/data/repositories/audit';
import { readMinutesRow } from '../../../shared/domain/minutes';
import type { CopyRecords } from './raw-idb';

export async function copyRecords(db: TeamAroundDatabase, meetingId: string): Promise<CopyRecords> {
  const rows = (await db.minutes.where('meetingId').equals(meetingId).toArray()).flatMap((stored) => readMinutesRow(stored) ?? []);
  const minutes = rows.sort((a, b) => b.version - a.version)[0];
  const [audit, tip] = await Promise.all([db.audit.orderBy('seq').last(), db.settings.get(AUDIT_TIP_KEY)]);
  if (!minutes || minutes.distribution.length === 0 || !audit || !tip) throw new Error('No copy of these minutes has been recorded yet.');
  return { minutes, audit, tip };
}
