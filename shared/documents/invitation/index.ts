/** Invitations: the family's letter (letter.ts) and what the calendar file shares with it. */
export * from './types';
export { invitationLetter } from './letter';
export { practitionerLetter, type PractitionerLetterInput } from './practitioner-letter';
export { venueFor, venueLine, type VenueForRecipient } from './venue';
export { assertNothingWithheld, withheldValues, WithheldDetailError } from './leak-guard';
export { LONDON, londonTime, clockWords, dayWords, meetingTimeWords, endTimeWords } from '../../time/london';
export { lengthWords } from './when';
