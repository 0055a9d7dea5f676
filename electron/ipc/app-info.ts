import type { App } from 'electron';
import type { AppInfo } from '../../shared/contract';

export function getAppInfo(app: Pick<App, 'getName' | 'getVersion'>): AppInfo {
  return { name: app.getName(), version: app.getVersion(), platform: 'electron' };
}
