import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { buildMenuTemplate, type MenuActions } from '../../../electron/menu-template.js';

function fakeActions(): MenuActions & { [K in keyof MenuActions]: ReturnType<typeof vi.fn> } {
  return {
    newWorkbench: vi.fn(),
    openWorkbench: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    command: vi.fn(),
    showAbout: vi.fn(),
    backUpNow: vi.fn(),
  };
}

function build(platform: NodeJS.Platform, options: { isDev?: boolean; recent?: string[] } = {}) {
  const actions = fakeActions();
  const template = buildMenuTemplate({
    platform,
    isDev: options.isDev ?? false,
    appName: 'Claimtrace',
    recent: options.recent ?? [],
    actions,
  });
  return { template, actions };
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  expect(Array.isArray(item?.submenu)).toBe(true);
  return item!.submenu as MenuItemConstructorOptions[];
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return submenu(template.find((item) => item.label?.replace('&', '') === label));
}

function item(items: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions {
  const found = items.find((entry) => entry.label === label);
  expect(found, `menu item "${label}"`).toBeDefined();
  return found!;
}

function click(entry: MenuItemConstructorOptions): void {
  (entry.click as () => void)();
}

describe('application menu', () => {
  it('has the File menu a reviewer expects, with its shortcuts', () => {
    const { template } = build('linux');
    const file = menu(template, 'File');
    const labels = file.filter((entry) => entry.type !== 'separator').map((entry) => entry.label);
    expect(labels).toEqual(['New Workbench…', 'Open Workbench…', 'Open Recent', 'Import…', 'Export…', 'Back Up Now', 'Settings…', 'Quit']);
    expect(item(file, 'New Workbench…').accelerator).toBe('CmdOrCtrl+N');
    expect(item(file, 'Open Workbench…').accelerator).toBe('CmdOrCtrl+O');
    expect(item(file, 'Import…').accelerator).toBe('CmdOrCtrl+I');
    expect(item(file, 'Export…').accelerator).toBe('CmdOrCtrl+E');
    expect(item(file, 'Quit')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
  });

  it('runs the matching action for each File item and forwards Import and Export to the page', () => {
    const { template, actions } = build('win32');
    const file = menu(template, 'File');
    click(item(file, 'New Workbench…'));
    click(item(file, 'Open Workbench…'));
    click(item(file, 'Import…'));
    click(item(file, 'Export…'));
    expect(actions.newWorkbench).toHaveBeenCalledOnce();
    expect(actions.openWorkbench).toHaveBeenCalledOnce();
    expect(actions.command.mock.calls).toEqual([['import'], ['export']]);
  });

  it('backs the workbench up from File → Back Up Now on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { template, actions } = build(platform);
      click(item(menu(template, 'File'), 'Back Up Now'));
      expect(actions.backUpNow).toHaveBeenCalledOnce();
      expect(actions.command).not.toHaveBeenCalled();
    }
  });

  it('lists recent workbenches, opens the chosen one and can clear the list', () => {
    const { template, actions } = build('linux', { recent: ['/cases/Idlib.claimtrace', '/cases/R&D.claimtrace'] });
    const recent = submenu(item(menu(template, 'File'), 'Open Recent'));
    expect(recent.map((entry) => entry.label ?? entry.type)).toEqual([
      '/cases/Idlib.claimtrace',
      '/cases/R&&D.claimtrace',
      'separator',
      'Clear Recent',
    ]);
    click(recent[1]!);
    expect(actions.openRecent).toHaveBeenCalledWith('/cases/R&D.claimtrace');
    click(item(recent, 'Clear Recent'));
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('says so when nothing was opened recently', () => {
    const recent = submenu(item(menu(build('linux').template, 'File'), 'Open Recent'));
    expect(recent).toEqual([{ label: 'No Recent Workbenches', enabled: false }]);
  });

  it('has the standard editing commands', () => {
    const edit = menu(build('linux').template, 'Edit');
    expect(edit.filter((entry) => entry.role).map((entry) => entry.role)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
    expect(item(edit, 'Find…').accelerator).toBe('CmdOrCtrl+F');
  });

  it('forwards claim undo and redo to the page without taking Ctrl+Z from text fields', () => {
    const { template, actions } = build('darwin');
    const edit = menu(template, 'Edit');
    const undo = item(edit, 'Undo Claim Change');
    const redo = item(edit, 'Redo Claim Change');
    expect(undo.accelerator).toBeUndefined();
    expect(redo.accelerator).toBeUndefined();
    click(undo);
    click(redo);
    expect(actions.command.mock.calls).toEqual([['undo'], ['redo']]);
    expect(edit.findIndex((entry) => entry.role === 'undo')).toBeLessThan(edit.indexOf(undo));
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) => menu(build('linux', { isDev }).template, 'View').map((entry) => entry.role);
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools', 'zoomIn', 'togglefullscreen']));
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('shows About with the app name in Help', () => {
    const { template, actions } = build('linux');
    click(item(menu(template, 'Help'), 'About Claimtrace'));
    expect(actions.showAbout).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions: an app menu holding Settings and Quit', () => {
    const { template } = build('darwin');
    expect(template[0]!.label).toBe('Claimtrace');
    const appMenu = submenu(template[0]);
    expect(appMenu.map((entry) => entry.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['about', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
    expect(item(appMenu, 'Settings…').accelerator).toBe('CmdOrCtrl+,');
    const file = menu(template, 'File');
    expect(file.some((entry) => entry.role === 'quit')).toBe(false);
    expect(item(file, 'New Workbench…').accelerator).toBe('CmdOrCtrl+N');
    expect(template.map((entry) => entry.label ?? entry.role)).toEqual(['Claimtrace', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it('gives Windows and Linux menus keyboard mnemonics but not macOS', () => {
    expect(build('win32').template.map((entry) => entry.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(
      build('darwin')
        .template.slice(1)
        .map((entry) => entry.label),
    ).not.toContain('&File');
  });
});
