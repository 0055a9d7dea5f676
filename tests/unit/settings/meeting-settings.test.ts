/** The area's meeting settings: the longer lock time within its limits, and the agreement rule, with defaults for older settings. */
import { describe, expect, it } from 'vitest';
import { areaSettingsSchema, defaultAreaSettings } from '../../../shared/domain/area-settings';

describe('meeting settings in the area settings', () => {
  it('default to the usual lock time and "every invited parent has answered" for settings saved before they existed', () => {
    const { meetingLockAfterMinutes: _lock, agreementRule: _rule, ...older } = defaultAreaSettings;
    const parsed = areaSettingsSchema.parse(older);
    expect(parsed.meetingLockAfterMinutes).toBeNull();
    expect(parsed.agreementRule).toBe('every-invited-answered');
  });

  it('keep the meeting lock time between 2 and 60 minutes, in whole minutes', () => {
    const withLock = (minutes: number | null) => areaSettingsSchema.safeParse({ ...defaultAreaSettings, meetingLockAfterMinutes: minutes });
    expect(withLock(60).success).toBe(true);
    expect(withLock(null).success).toBe(true);
    expect(withLock(61).error?.issues[0]?.message).toBe('The meeting screen must lock after 60 minutes or fewer');
    expect(withLock(1).error?.issues[0]?.message).toBe('The meeting screen must lock after 2 minutes or more');
    expect(withLock(12.5).success).toBe(false);
  });

  it('refuses an agreement rule it does not know', () => {
    expect(areaSettingsSchema.safeParse({ ...defaultAreaSettings, agreementRule: 'whoever-shouts' }).error?.issues[0]?.message).toBe('Choose when the minutes count as agreed');
  });
});
