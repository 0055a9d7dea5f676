/** How big a caseload is, and the fixed "today" its dates are built around. */
export interface CaseloadSize {
  families: number;
  meetingsPerFamily: number;
  actionsPerFamily: number;
}

/** The realistic caseload: 2,000 families, 20,000 meetings, 200,000 actions. */
export const FULL_CASELOAD: CaseloadSize = { families: 2_000, meetingsPerFamily: 10, actionsPerFamily: 100 };

/** A council's whole early help caseload: 10,000 families, 100,000 meetings, 1,000,000 actions (`--scale=council`). */
export const COUNCIL_CASELOAD: CaseloadSize = { families: 10_000, meetingsPerFamily: 10, actionsPerFamily: 100 };

/** Just enough to prove the harness works. */
export const TINY_CASELOAD: CaseloadSize = { families: 12, meetingsPerFamily: 3, actionsPerFamily: 12 };

export const DEFAULT_SEED = 20_261_123;

/** The caseload's "today": dashboards ask for actions due before dates around it. */
export const CASELOAD_TODAY = '2026-11-23';

export function caseloadCounts(size: CaseloadSize): { families: number; meetings: number; actions: number } {
  return {
    families: size.families,
    meetings: size.families * size.meetingsPerFamily,
    actions: size.families * size.actionsPerFamily,
  };
}
