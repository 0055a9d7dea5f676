import type { MeetingSectionProps } from './section-props';

/** Placeholder until built. */
export function ActionReviewSection(_props: MeetingSectionProps) {
  return null;
}
