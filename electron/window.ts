import { BrowserWindow } from 'electron';

import { methodNames } from '../core/api/index.js';
import { APP_ENTRY_URL } from './app-origin.js';
import { mainWindowOptions } from './window-options.js';

export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preload, methodNames));
  window.once('ready-to-show', () => window.show());
  // The title names the open workbench, which only the host knows for certain.
  window.on('page-title-updated', (event) => event.preventDefault());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
