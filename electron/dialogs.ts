import { app, type BrowserWindow, dialog, type MessageBoxOptions, type SaveDialogOptions } from 'electron';

import type { SaveDialogRequest } from './desktop-host.js';
import { WORKBENCH_EXTENSION } from './workbench-argv.js';

const WORKBENCH_FILTERS = [{ name: 'Claimtrace Workbench', extensions: [WORKBENCH_EXTENSION.slice(1)] }];

export async function chooseNewWorkbenchPath(parent: BrowserWindow | null, defaultPath: string): Promise<string | null> {
  const options = {
    title: 'New Workbench',
    buttonLabel: 'Create',
    defaultPath,
    filters: WORKBENCH_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<'createDirectory' | 'showOverwriteConfirmation'>,
  };
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** Where to save an export or a PDF; the dialog itself asks before replacing an existing file. */
export async function chooseSavePath(parent: BrowserWindow | null, request: SaveDialogRequest): Promise<string | null> {
  const options: SaveDialogOptions = { ...request, properties: ['createDirectory', 'showOverwriteConfirmation'] };
  const result = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

export async function chooseWorkbenchToOpen(parent: BrowserWindow | null): Promise<string | null> {
  const options = {
    title: 'Open Workbench',
    filters: WORKBENCH_FILTERS,
    properties: ['openFile'] as Array<'openFile'>,
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function showError(parent: BrowserWindow | null, title: string, message: string): Promise<void> {
  await showMessage(parent, { type: 'error', title, message: title, detail: message, buttons: ['OK'] });
}

export async function showInfo(parent: BrowserWindow | null, title: string, message: string): Promise<void> {
  await showMessage(parent, { type: 'info', title, message: title, detail: message, buttons: ['OK'] });
}

export async function showAbout(parent: BrowserWindow | null): Promise<void> {
  await showMessage(parent, {
    type: 'info',
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail:
      'A fact-checking workbench: import articles, highlight claims, trace attributions, record verdicts and export verification reports. Everything stays in one local file.',
    buttons: ['OK'],
  });
}

async function showMessage(parent: BrowserWindow | null, options: MessageBoxOptions): Promise<void> {
  if (parent && !parent.isDestroyed()) await dialog.showMessageBox(parent, options);
  else await dialog.showMessageBox(options);
}
