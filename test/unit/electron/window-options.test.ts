import { describe, expect, it } from 'vitest';

import { methodNames } from '../../../core/api/index.js';
import { methodNamesFromArgv } from '../../../electron/bridge.js';
import { mainWindowOptions } from '../../../electron/window-options.js';

describe('the main window', () => {
  it('runs the page sandboxed, isolated and without Node', () => {
    const preferences = mainWindowOptions('/app/dist/electron/preload.cjs', methodNames).webPreferences!;
    expect(preferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('hands the preload the full list of API methods', () => {
    const preferences = mainWindowOptions('/p.cjs', methodNames).webPreferences!;
    expect(methodNamesFromArgv(preferences.additionalArguments ?? [])).toEqual(methodNames);
  });
});
