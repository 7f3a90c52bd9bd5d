// The desktop app's main process: wires the pieces together and nothing else.
import fs from 'node:fs';

import { app, session } from 'electron';

import { buildPaths } from './build-paths.js';
import { createDesktopApp, type DesktopApp } from './desktop-app.js';
import { nativeBindingFor } from './native-binding.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { hardenSession, hardenWebContents } from './security.js';
import { workbenchPathFromArgv } from './workbench-argv.js';

function main(): void {
  registerAppScheme();
  // One process owns the open workbench; a second launch hands its file over and exits.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  const paths = buildPaths(__dirname);
  let desktop: DesktopApp | null = null;
  let pendingFile = workbenchPathFromArgv(process.argv, app.isPackaged, process.cwd());

  // macOS delivers double-clicked files this way, possibly before the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (desktop) void desktop.openFile(file);
    else pendingFile = file;
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = workbenchPathFromArgv(argv, app.isPackaged, workingDirectory);
    if (!desktop) {
      pendingFile = file ?? pendingFile;
      return;
    }
    if (file) void desktop.openFile(file);
    else desktop.showWindow();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => desktop?.showWindow());
  app.on('will-quit', () => desktop?.shutdown());

  void app.whenReady().then(async () => {
    hardenSession(session.defaultSession);
    serveRenderer(paths.rendererDir);
    desktop = createDesktopApp({
      preload: paths.preload,
      nativeBinding: nativeBindingFor(app.isPackaged, paths.appRoot, (file) => fs.existsSync(file)),
    });
    await desktop.start(pendingFile);
  });
}

main();
