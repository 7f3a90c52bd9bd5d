import fs from 'node:fs';
import path from 'node:path';

import { app, type BrowserWindow, shell } from 'electron';

import type { AppEvent, MenuCommand } from '../core/api/events.js';
import type { BackupEntry } from '../core/api/workbench.js';
import { withBackups } from '../db/backups/automatic-backups.js';
import { backupFolderFor } from '../db/backups/snapshot-names.js';
import { defaultWorkbenchPath, ensureDefaultWorkbench } from '../db/default-location.js';
import { warmUpDetection } from '../db/detection/worker/detection-runner.js';
import { createService } from '../db/service.js';
import { openWorkbenchForApp } from '../db/workbench.js';
import { WorkbenchOpenError } from '../db/workbench-open-error.js';
import { createHostHandlers, type DesktopHostPorts, withHostHandlers } from './desktop-host.js';
import { chooseNewWorkbenchPath, chooseSavePath, chooseWorkbenchToOpen, showAbout, showError, showInfo } from './dialogs.js';
import { createEvidenceCopies } from './evidence-copies.js';
import { registerApiIpc, sendAppEvent } from './ipc.js';
import { installApplicationMenu } from './menu.js';
import { openFailureMessage } from './open-failure.js';
import { printHtmlToPdf } from './pdf-printer.js';
import { loadRecentList, RECENT_FILE_NAME, saveRecentList } from './recent-store.js';
import { addRecent, pruneMissing, removeRecent } from './recent-workbenches.js';
import { createMainWindow } from './window.js';
import { withWorkbenchExtension } from './workbench-argv.js';
import { createWorkbenchSession } from './workbench-session.js';

export interface DesktopAppConfig {
  preload: string;
  /** better-sqlite3 built for Electron, when node_modules holds the Node build (development). */
  nativeBinding: string | undefined;
}

export interface DesktopApp {
  /** Opens `file` (or the default workbench) and shows the window. */
  start(file: string | null): Promise<void>;
  openFile(file: string): Promise<void>;
  showWindow(): void;
  shutdown(): void;
}

export function createDesktopApp(config: DesktopAppConfig): DesktopApp {
  let window: BrowserWindow | null = null;
  const recentFile = path.join(app.getPath('userData'), RECENT_FILE_NAME);
  let recent = pruneMissing(loadRecentList(recentFile), (file) => fs.existsSync(file));

  const evidenceCopies = createEvidenceCopies({ tempRoot: app.getPath('temp'), markAsDownloaded: process.platform === 'win32' });
  const hostPorts: DesktopHostPorts = {
    documentsDir,
    chooseSavePath: (request) => chooseSavePath(window, request),
    printToPdf: (html) => printHtmlToPdf(html, app.getPath('temp')),
    openPath: (file) => shell.openPath(file),
    evidenceCopies,
  };

  const emit = (event: AppEvent) => sendAppEvent(window?.webContents ?? null, event);
  const session = createWorkbenchSession({
    open: (file, { create }) => withBackups(openWorkbenchForApp(file, { create, nativeBinding: config.nativeBinding }), { emit }),
    openDefault: () => withBackups(ensureDefaultWorkbench({ nativeBinding: config.nativeBinding }), { emit }),
    // The service answers host.* with "unsupported"; here the desktop's own answers take their place.
    createService: (workbench, options) => {
      // The detector loads its language model in its own thread now, so the first request is quick.
      void warmUpDetection();
      const service = createService(workbench, { ...options, backups: workbench.backups });
      return withHostHandlers(service, createHostHandlers(service, hostPorts));
    },
    emit,
    onOpenFailed: (file, error) => {
      if (error instanceof WorkbenchOpenError && error.code === 'not_found') updateRecent(removeRecent(recent, file));
      void showError(window, 'The workbench could not be opened', openFailureMessage(file, error));
    },
    onOpened: (workbench) => {
      updateRecent(addRecent(recent, workbench.path));
      app.addRecentDocument(workbench.path);
      showTitle(workbench.name, workbench.path);
    },
    onInternalError: (method, error) => console.error(`[claimtrace] ${method} failed:`, error),
  });

  registerApiIpc({
    dispatch: session.dispatch,
    isAppWindow: (contents) => window !== null && !window.isDestroyed() && contents.id === window.webContents.id,
  });

  const actions = {
    newWorkbench: () => void newWorkbench(),
    openWorkbench: () => void chooseAndOpen(),
    openRecent: (file: string) => void session.open(file),
    clearRecent: () => {
      app.clearRecentDocuments();
      updateRecent([]);
    },
    command: (command: MenuCommand) => sendAppEvent(window?.webContents ?? null, { type: 'menu.command', command }),
    showAbout: () => void showAbout(window),
    backUpNow: () => void backUpNow(),
  };

  async function backUpNow(): Promise<void> {
    const result = await session.dispatch('workbench.backupNow', {});
    if (!result.ok) {
      await showError(window, 'The backup failed', result.error.message);
      return;
    }
    const { file } = result.value as BackupEntry;
    const current = session.currentPath();
    const copy = current ? path.join(backupFolderFor(current), file) : file;
    await showInfo(window, 'Backup saved', `The workbench was copied to "${copy}".`);
  }

  function updateRecent(next: string[]): void {
    recent = next;
    try {
      saveRecentList(recentFile, recent);
    } catch (error) {
      console.error('[claimtrace] could not save the recent workbenches:', error);
    }
    installApplicationMenu(recent, actions);
  }

  function showTitle(name: string, file: string): void {
    if (!window || window.isDestroyed()) return;
    window.setTitle(`${name} — Claimtrace`);
    if (process.platform === 'darwin') window.setRepresentedFilename(file);
  }

  function showWindow(): void {
    if (!window || window.isDestroyed()) {
      window = createMainWindow(config.preload);
      window.on('closed', () => (window = null));
      const file = session.currentPath();
      if (file) showTitle(path.basename(file, path.extname(file)), file);
      return;
    }
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  async function newWorkbench(): Promise<void> {
    const chosen = await chooseNewWorkbenchPath(window, path.join(documentsDir(), 'Untitled.claimtrace'));
    if (!chosen) return;
    const file = withWorkbenchExtension(chosen);
    // The save dialog offers to "replace" an existing file, but a workbench is days of work: never.
    if (fs.existsSync(file)) {
      await showError(
        window,
        'That file already exists',
        `"${file}" already exists and Claimtrace never replaces a file. Choose another name, or use Open Workbench… to open it.`,
      );
      return;
    }
    await session.open(file, { create: true });
  }

  async function chooseAndOpen(): Promise<void> {
    const file = await chooseWorkbenchToOpen(window);
    if (file) await session.open(file);
  }

  return {
    async start(file) {
      installApplicationMenu(recent, actions);
      const opened = file !== null && (await session.open(file));
      if (!opened) await session.openDefault(defaultWorkbenchPath());
      showWindow();
    },
    async openFile(file) {
      showWindow();
      await session.open(file);
    },
    showWindow,
    shutdown: () => {
      session.close();
      evidenceCopies.remove();
    },
  };
}

/** Some Linux desktops define no Documents folder, and Electron throws rather than guess. */
function documentsDir(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}
