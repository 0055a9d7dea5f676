/**
 * Where an item on the home screen takes the user: a typed screen with the ids it needs. The
 * renderer turns a target into a route (renderer/features/home/target-path.ts); the rules never
 * know about URLs.
 */
export type HomeTarget =
  | { screen: 'family'; familyId: string }
  | { screen: 'family-new' }
  | { screen: 'family-edit'; familyId: string }
  | { screen: 'meeting'; familyId: string; meetingId: string }
  | { screen: 'meeting-new'; familyId: string }
  | { screen: 'meeting-run'; familyId: string; meetingId: string }
  | { screen: 'minutes'; familyId: string; meetingId: string }
  | { screen: 'plan'; familyId: string }
  | { screen: 'plan-new'; familyId: string }
  | { screen: 'plan-edit'; familyId: string }
  | { screen: 'consent'; familyId: string }
  | { screen: 'safeguarding'; familyId: string }
  | { screen: 'practitioner-new' }
  | { screen: 'practitioner-edit'; practitionerId: string }
  | { screen: 'service-new' }
  | { screen: 'service-edit'; serviceId: string }
  | { screen: 'settings' }
  | { screen: 'settings-area' };

/** The one button an item offers: its words and where it lands. */
export interface HomeButton {
  label: string;
  target: HomeTarget;
}
