/** The reliability page's side: real Chromium IndexedDB, the app's own database code. */
import type { ReliabilityPageApi } from './api';
import { restoreGeneratedHistories } from './audit-restores';
import { cutAuditEnds } from './audit-truncation';
import { damageBackupAtEveryByte } from './backup-damage';
import { readAutosavedDraft, startAutosave } from './autosave';
import { seedCanaries, writePlainOpfsFile } from './canaries';
import { clearFiller, fillOrigin } from './filler';
import { createV1Database, inspectMigration, startUpgrade } from './migration';
import { restartAndUnlock, setUpAndSaveRecentWork } from './store-reset';
import { swapCiphertexts } from './swap';
import { createFamily, readSaved, retryNote, saveNote, storageUsage } from './full-disk';

export function createReliabilityPageApi(): ReliabilityPageApi {
  return {
    startAutosave,
    readAutosavedDraft,
    seedCanaries,
    swapCiphertexts,
    createV1Database,
    startUpgrade,
    inspectMigration,
    fillOrigin,
    clearFiller,
    saveNote,
    retryNote,
    createFamily,
    readSaved,
    storageUsage,
    setUpAndSaveRecentWork,
    restartAndUnlock,
    writePlainOpfsFile,
    restoreGeneratedHistories,
    cutAuditEnds,
    damageBackupAtEveryByte,
  };
}
