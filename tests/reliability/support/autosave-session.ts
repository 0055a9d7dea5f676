/**
 * One browser launch of the abrupt-termination loop: the page open on the persistent profile, with
 * bindings that record every confirmed save (and any failed one) the page reports.
 */
import type { AutosaveReport } from '../browser/autosave';
import { launchProfile, type ProfileBrowser } from './chromium';
import { openReliabilityPage } from './page';

export interface AutosaveSession {
  browser: ProfileBrowser;
  confirmed: AutosaveReport[];
  saveFailures: string[];
}

export async function openAutosaveSession(profile: string, origin: string): Promise<AutosaveSession> {
  const browser = await launchProfile(profile);
  const session: AutosaveSession = { browser, confirmed: [], saveFailures: [] };
  try {
    await browser.context.exposeBinding('reliabilityConfirmedSave', (_source, report: AutosaveReport) => {
      session.confirmed.push(report);
    });
    await browser.context.exposeBinding('reliabilitySaveFailed', (_source, message: string) => {
      session.saveFailures.push(message);
    });
    await openReliabilityPage(browser.page, origin);
    return session;
  } catch (error) {
    await browser.context.close().catch(() => undefined);
    throw error;
  }
}
