import { app, Menu } from 'electron';

import { buildMenuTemplate, type MenuActions } from './menu-template.js';

export function installApplicationMenu(recent: readonly string[], actions: MenuActions): void {
  const template = buildMenuTemplate({
    platform: process.platform,
    isDev: !app.isPackaged,
    appName: app.getName(),
    recent,
    actions,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
