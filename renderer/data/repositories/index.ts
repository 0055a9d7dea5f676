import { getDatabase, type TeamAroundDatabase } from '../db';
import { createActionRepository, type ActionRepository } from './actions';
import { createAuditRepository, type AuditRepository } from './audit';
import { createConsentRepository, type ConsentRepository } from './consent';
import { createDirectoryRepository, type DirectoryRepository } from './directory';
import { createDisposalRepository, type DisposalRepository } from './disposal';
import { createDraftRepository, type DraftRepository } from './drafts';
import { createFamilyRepository, type FamilyRepository } from './families';
import { createPlanRepository, type PlanRepository } from './plans';
import { createPracticeRepository, type PracticeRepository } from './practice';
import { createReferralRepository, type ReferralRepository } from './referrals';
import { createSettingsRepository, type SettingsRepository } from './settings';

export interface Repositories {
  families: FamilyRepository;
  drafts: DraftRepository;
  actions: ActionRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
  plans: PlanRepository;
  consent: ConsentRepository;
  referrals: ReferralRepository;
  settings: SettingsRepository;
  practice: PracticeRepository;
  disposal: DisposalRepository;
}

const UNNAMED_USER = 'Team Around user';

export function createRepositories(db: TeamAroundDatabase): Repositories {
  // The audit trail names whoever set their name in settings; read once and kept current.
  let actor = UNNAMED_USER;
  const settings = createSettingsRepository(db);
  const trackedSettings: SettingsRepository = {
    ...settings,
    async profile() {
      const profile = await settings.profile();
      actor = profile.name || UNNAMED_USER;
      return profile;
    },
    async saveProfile(profile) {
      await settings.saveProfile(profile);
      actor = profile.name || UNNAMED_USER;
    },
  };
  void trackedSettings.profile().catch(() => undefined);
  const audit = createAuditRepository(db, () => actor);
  return {
    families: createFamilyRepository(db, audit),
    drafts: createDraftRepository(db),
    actions: createActionRepository(db),
    audit,
    directory: createDirectoryRepository(db),
    plans: createPlanRepository(db, audit),
    consent: createConsentRepository(db, audit),
    referrals: createReferralRepository(db, audit),
    settings: trackedSettings,
    practice: createPracticeRepository(db, { audit, settings: trackedSettings }),
    disposal: createDisposalRepository(db, { audit, settings: trackedSettings }),
  };
}

let repositories: Repositories | undefined;

export function getRepositories(): Repositories {
  repositories ??= createRepositories(getDatabase());
  return repositories;
}
