// Just enough of Electron's main-process API to boot electron/main.ts under Node and watch what it
// does: every handler it registers is kept so a test can call it the way Electron would.
import type { MenuItemConstructorOptions } from 'electron';

type Listener = (...args: any[]) => unknown;

let nextWebContentsId = 1;

export class FakeWebContents {
  id = nextWebContentsId++;
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
  };

  class FakeBrowserWindow {
    webContents = new FakeWebContents();
    loadedUrl: string | null = null;
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
    loadURL(url: string) {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
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
    },
    ipcMain: { handle: (channel: string, handler: Listener) => state.ipcHandlers.set(channel, handler) },
    BrowserWindow: FakeBrowserWindow,
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => template,
      setApplicationMenu: (menu: MenuItemConstructorOptions[]) => (state.menu = menu),
    },
    dialog: {
      showMessageBox: async () => ({ response: 0 }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
    },
    shell: { openExternal: async (url: string) => void state.openedExternally.push(url) },
  };
  return { electron, state };
}
