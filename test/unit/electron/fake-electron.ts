// Just enough of Electron's main-process API to boot electron/main.ts under Node and watch what it
// does: every handler it registers is kept so a test can call it the way Electron would.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { MenuItemConstructorOptions } from 'electron';

type Listener = (...args: any[]) => unknown;

let nextWebContentsId = 1;

type BeforeRequest = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export class FakeSession {
  beforeRequest: BeforeRequest | null = null;
  permissionRequest: Listener | null = null;
  permissionCheck: Listener | null = null;
  listeners = new Map<string, Listener>();
  setPermissionRequestHandler = (handler: Listener) => void (this.permissionRequest = handler);
  setPermissionCheckHandler = (handler: Listener) => void (this.permissionCheck = handler);
  webRequest = { onBeforeRequest: (listener: BeforeRequest) => void (this.beforeRequest = listener) };
  on = (event: string, listener: Listener) => void this.listeners.set(event, listener);

  /** Whether a request for `url` would go ahead, as Chromium asks the session before loading it. */
  allows(url: string): boolean {
    let cancel = false;
    this.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
    return !cancel;
  }
}

export class FakeWebContents {
  id = nextWebContentsId++;
  url = '';
  /** The HTML of the page when it was printed, as the PDF it became would show it. */
  printed: Array<{ html: string; options: unknown }> = [];
  sent: Array<{ channel: string; payload: unknown }> = [];
  listeners = new Map<string, Listener>();
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
  isDestroyed() {
    return false;
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.url;
  }
  /** A stand-in PDF: the PDF header followed by the page's HTML, so a test can see what was printed. */
  async printToPDF(options: unknown) {
    const html = fs.readFileSync(fileURLToPath(this.url), 'utf8');
    this.printed.push({ html, options });
    return Buffer.from(`%PDF-1.7\n${html}`);
  }
}

export function createFakeElectron(userData: string) {
  const appListeners = new Map<string, Listener>();
  const state = {
    privilegedSchemes: [] as Array<{ scheme: string; privileges: Record<string, boolean> }>,
    protocolHandlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as FakeBrowserWindow[],
    menu: null as MenuItemConstructorOptions[] | null,
    beforeRequest: null as null | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
    permissionRequest: null as null | Listener,
    openedExternally: [] as string[],
    appListeners,
    partitions: new Map<string, FakeSession>(),
    /** What the next save dialogs answer, in order: a path, or null for Cancel. */
    saveAnswers: [] as Array<string | null>,
    saveRequests: [] as Array<Record<string, any>>,
    openedPaths: [] as string[],
    /** The options of every message box shown, in order. */
    messageBoxes: [] as Array<Record<string, any>>,
  };

  class FakeBrowserWindow {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    destroyed = false;
    title = '';
    constructor(readonly options: any) {
      state.windows.push(this);
      appListeners.get('web-contents-created')?.({}, this.webContents);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    /** Like Chromium, a window on its own partition asks that session before loading anything. */
    loadURL(url: string) {
      this.loadedUrl = url;
      this.webContents.url = url;
      const partition = this.options?.webPreferences?.partition as string | undefined;
      if (partition && !fromPartition(partition).allows(url))
        return Promise.reject(new Error(`ERR_BLOCKED_BY_CLIENT (-20) loading '${url}'`));
      return Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
    }
    isDestroyed() {
      return this.destroyed;
    }
    isMinimized() {
      return false;
    }
    setTitle(title: string) {
      this.title = title;
    }
    setRepresentedFilename() {}
    show() {}
    focus() {}
    restore() {}
  }

  function fromPartition(name: string): FakeSession {
    if (!state.partitions.has(name)) state.partitions.set(name, new FakeSession());
    return state.partitions.get(name)!;
  }

  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: (event: string, listener: Listener) => appListeners.set(event, listener),
      whenReady: () => Promise.resolve(),
      quit: () => {},
      getPath: (name: string) => (name === 'userData' ? userData : `${userData}/${name}`),
      getName: () => 'Claimtrace',
      getVersion: () => '0.1.0',
      addRecentDocument: () => {},
      clearRecentDocuments: () => {},
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: typeof state.privilegedSchemes) => state.privilegedSchemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => state.protocolHandlers.set(scheme, handler),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: () => {},
        webRequest: { onBeforeRequest: (listener: typeof state.beforeRequest) => (state.beforeRequest = listener) },
        on: () => {},
      },
      fromPartition,
    },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => (state.menu = menu),
    },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        state.messageBoxes.push(args.at(-1) as Record<string, any>);
        return { response: 0 };
      },
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async (...args: unknown[]) => {
        state.saveRequests.push(args.at(-1) as Record<string, any>);
        const answer = state.saveAnswers.shift() ?? null;
        return answer === null ? { canceled: true, filePath: '' } : { canceled: false, filePath: answer };
      },
    },
    shell: {
      openExternal: async (url: string) => void state.openedExternally.push(url),
      openPath: async (file: string) => {
        state.openedPaths.push(file);
        return '';
      },
    },
  };
  return { electron, state };
}
