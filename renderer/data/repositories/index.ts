import { createAuditCount, type AuditCount } from '../crypto/audit-count';
import { KeyringStore } from '../crypto/keyring-store';
import { getDatabase, keySession, type TeamAroundDatabase } from '../db';
import { createActionRepository, type ActionRepository } from './actions';
import { createAgendaTemplateSettings, type AgendaTemplateSettings } from './agenda-templates';
import { createAuditRepository, type AuditRepository } from './audit';
import { createBriefingRepository, type BriefingRepository } from './briefings';
import { createConsentRepository, type ConsentRepository } from './consent';
import { createDirectoryRepository, type DirectoryRepository } from './directory';
import { createDisposalRepository, type DisposalRepository } from './disposal';
import { createDraftRepository, type DraftRepository } from './drafts';
import { createFamilyRepository, type FamilyRepository } from './families';
import { createHomeRepository, type HomeRepository } from './home';
import { createMeetingRepository, type MeetingRepository } from './meetings';
import { createMeetingRecordRepository, type MeetingRecordRepository } from './meeting-records';
import { createMinutesRepository, type MinutesRepository } from './minutes';
import { createOwnerActionsRepository, type OwnerActionsRepository } from './owner-actions';
import { createPlanRepository, type PlanRepository } from './plans';
import { createPracticeRepository, type PracticeRepository } from './practice';
import { createReferralRepository, type ReferralRepository } from './referrals';
import { createCalendarSettings, createSettingsRepository, type CalendarSettings, type SettingsRepository } from './settings';
import { createTimetableRepository, type TimetableRepository } from './timetables';
import { createUnavailabilityRepository, type UnavailabilityRepository } from './unavailability';
import { createVoiceImageRepository, type VoiceImageRepository } from './voice-images';

export interface Repositories {
  families: FamilyRepository;
  drafts: DraftRepository;
  actions: ActionRepository;
  audit: AuditRepository;
  directory: DirectoryRepository;
  plans: PlanRepository;
  meetings: MeetingRepository;
  meetingRecords: MeetingRecordRepository;
  consent: ConsentRepository;
  referrals: ReferralRepository;
  settings: SettingsRepository;
  practice: PracticeRepository;
  disposal: DisposalRepository;
  timetables: TimetableRepository;
  unavailability: UnavailabilityRepository;
  voiceImages: VoiceImageRepository;
  minutes: MinutesRepository;
  briefings: BriefingRepository;
  /** Bank holidays and term dates, kept in settings. */
  calendar: CalendarSettings;
  /** The area's agenda templates, one per meeting kind, kept in settings. */
  agendaTemplates: AgendaTemplateSettings;
  /** What needs doing today, and drift alerts. */
  home: HomeRepository;
  /** One practitioner's open actions across families. */
  ownerActions: OwnerActionsRepository;
}

const UNNAMED_USER = 'Team Around user';

/**
 * `now` is the clock every repository stamps and dates with: tests pass a fixed one. `auditCount` is
 * the audit trail's count kept with the key envelope (the app always passes it; docs/decisions/0045).
 */
export function createRepositories(db: TeamAroundDatabase, now: () => Date = () => new Date(), options: { auditCount?: AuditCount } = {}): Repositories {
  // The audit trail names whoever set their name in settings; read once and kept current.
  let actor = UNNAMED_USER;
  const audit = createAuditRepository(db, () => actor, now, options.auditCount);
  const settings = createSettingsRepository(db, audit);
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
  return {
    families: createFamilyRepository(db, audit, now),
    drafts: createDraftRepository(db, now),
    actions: createActionRepository(db, now),
    audit,
    directory: createDirectoryRepository(db),
    plans: createPlanRepository(db, audit, now),
    meetings: createMeetingRepository(db, audit, now),
    meetingRecords: createMeetingRecordRepository(db, audit, now),
    consent: createConsentRepository(db, audit),
    referrals: createReferralRepository(db, audit),
    settings: trackedSettings,
    practice: createPracticeRepository(db, { audit, settings: trackedSettings }, { now }),
    disposal: createDisposalRepository(db, { audit, settings: trackedSettings }),
    timetables: createTimetableRepository(db, audit, now),
    unavailability: createUnavailabilityRepository(db, now),
    voiceImages: createVoiceImageRepository(db, now),
    minutes: createMinutesRepository(db, audit, now),
    briefings: createBriefingRepository(db, audit, now),
    calendar: createCalendarSettings(db),
    agendaTemplates: createAgendaTemplateSettings(db),
    home: createHomeRepository(db, { audit, actorName: async () => (await trackedSettings.profile()).name || UNNAMED_USER }, now),
    ownerActions: createOwnerActionsRepository(db, audit, now),
  };
}

let repositories: Repositories | undefined;

export function getRepositories(): Repositories {
  repositories ??= createRepositories(getDatabase(), undefined, { auditCount: createAuditCount(new KeyringStore(), keySession) });
  return repositories;
}
