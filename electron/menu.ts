/** The application menu. Developer items (reload, DevTools) exist only outside production. */
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(production: boolean, platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const developerItems: MenuItemConstructorOptions[] = production
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];

  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } as const] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...developerItems, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    { role: 'windowMenu' },
  ];
}
