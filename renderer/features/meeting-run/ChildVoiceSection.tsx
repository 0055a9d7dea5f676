import type { MeetingSectionProps } from './section-props';

/** Placeholder until built. */
export function ChildVoiceSection(_props: MeetingSectionProps) {
  return null;
}
