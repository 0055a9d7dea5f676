import type { MeetingSectionProps } from './section-props';

/** Placeholder until built. */
export function ActionsSection(_props: MeetingSectionProps) {
  return null;
}
