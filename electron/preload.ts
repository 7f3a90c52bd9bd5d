// Runs sandboxed before the page: it can reach only 'electron', and hands the page nothing but the
// API functions — never ipcRenderer itself, and never the IPC event object with its sender.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';

import type { AppEvent } from '../core/api/index.js';
import { buildBridge, methodNamesFromArgv } from './bridge.js';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels.js';

const bridge = buildBridge(methodNamesFromArgv(process.argv), {
  invoke: (method, args) => ipcRenderer.invoke(CALL_CHANNEL, method, args),
  subscribe: (listener) => {
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
});

contextBridge.exposeInMainWorld('claimtrace', bridge);
