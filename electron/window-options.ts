import type { BrowserWindowConstructorOptions } from 'electron';

import { methodsArgument } from './bridge.js';

/**
 * The main window: the page runs with no Node, in Chromium's sandbox, isolated from its preload,
 * and reaches the host only through the API functions the preload exposes.
 */
export function mainWindowOptions(preload: string, methodNames: readonly string[]): BrowserWindowConstructorOptions {
  return {
    title: 'Claimtrace',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown on ready-to-show so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker fetches its dictionaries from Google, and the app stays offline.
      spellcheck: false,
      additionalArguments: [methodsArgument(methodNames)],
    },
  };
}
