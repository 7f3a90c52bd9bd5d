import type { MenuItemConstructorOptions } from 'electron';

import type { MenuCommand } from '../core/api/events.js';

export interface MenuActions {
  newWorkbench(): void;
  openWorkbench(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  /** Commands the renderer carries out (import and export run in the page). */
  command(command: MenuCommand): void;
  showAbout(): void;
  /** Writes a snapshot of the open workbench into its backup folder. */
  backUpNow(): void;
}

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools would only confuse a reviewer, so they exist in development only. */
  isDev: boolean;
  appName: string;
  recent: readonly string[];
  actions: MenuActions;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function buildMenuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const { platform, isDev, appName, recent, actions } = options;
  const isMac = platform === 'darwin';
  const settingsItem: MenuItemConstructorOptions = {
    label: 'Settings…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.command('settings'),
  };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settingsItem,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: topLabel('File', isMac),
    submenu: [
      { label: 'New Workbench…', accelerator: 'CmdOrCtrl+N', click: () => actions.newWorkbench() },
      { label: 'Open Workbench…', accelerator: 'CmdOrCtrl+O', click: () => actions.openWorkbench() },
      { label: 'Open Recent', submenu: recentSubmenu(recent, platform, actions) },
      separator,
      { label: 'Import…', accelerator: 'CmdOrCtrl+I', click: () => actions.command('import') },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.command('export') },
      separator,
      { label: 'Back Up Now', click: () => actions.backUpNow() },
      ...(isMac ? [] : [separator, settingsItem, separator, { role: 'quit', label: 'Quit', accelerator: 'CmdOrCtrl+Q' } as const]),
    ],
  };

  // Undo and Redo keep their native roles: they act on the focused text field, and macOS routes
  // Cmd+Z in text fields through them. The page sees Ctrl/Cmd+Z before the menu does, so it can
  // undo claim changes from the keyboard itself; the claim items below are the mouse route to the
  // same, forwarded to the page, and carry no shortcut so they never take one from a text field.
  const editMenu: MenuItemConstructorOptions = {
    label: topLabel('Edit', isMac),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { label: 'Undo Claim Change', click: () => actions.command('undo') },
      { label: 'Redo Claim Change', click: () => actions.command('redo') },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => actions.command('find') },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: topLabel('View', isMac),
    submenu: [
      ...(isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, separator] : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: topLabel('Help', isMac),
    submenu: [{ label: `About ${appName}`, click: () => actions.showAbout() }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, ...(isMac ? [{ role: 'windowMenu' } as const] : []), helpMenu];
}

function recentSubmenu(recent: readonly string[], platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  if (recent.length === 0) return [{ label: 'No Recent Workbenches', enabled: false }];
  return [
    ...recent.map((file) => ({ label: menuLabel(file, platform), click: () => actions.openRecent(file) })),
    separator,
    { label: 'Clear Recent', click: () => actions.clearRecent() },
  ];
}

/** Alt+letter opens a top-level menu on Windows and Linux; macOS menus have no mnemonics. */
function topLabel(name: string, isMac: boolean): string {
  return isMac ? name : `&${name}`;
}

/** Windows and Linux read "&" in a label as a keyboard-mnemonic marker; a path must show as typed. */
function menuLabel(text: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? text : text.replaceAll('&', '&&');
}
