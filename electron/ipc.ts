import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';

import type { Dispatch } from '../core/api/dispatch.js';
import type { ApiResult, AppEvent } from '../core/api/index.js';
import { APP_ORIGIN } from './app-origin.js';
import { CALL_CHANNEL, EVENT_CHANNEL } from './ipc-channels.js';
import { isTrustedSender } from './trusted-sender.js';

export interface ApiIpcOptions {
  dispatch: Dispatch;
  /** True only for the app's own window; no other web contents may call the API. */
  isAppWindow(contents: WebContents): boolean;
}

/** The single request channel: every API call arrives here, is checked, and goes to the dispatch. */
export function registerApiIpc(options: ApiIpcOptions): void {
  ipcMain.handle(CALL_CHANNEL, (event, method: unknown, args: unknown) => handleCall(event, method, args, options));
}

async function handleCall(event: IpcMainInvokeEvent, method: unknown, args: unknown, options: ApiIpcOptions): Promise<ApiResult<unknown>> {
  const frame = event.senderFrame;
  const trusted = options.isAppWindow(event.sender) && frame !== null && frame.parent === null && isTrustedSender(frame.url, APP_ORIGIN);
  if (!trusted) {
    return { ok: false, error: { code: 'forbidden', message: 'Only the Claimtrace window may use the workbench.' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'unknown_method', message: 'The method name must be a string.' } };
  }
  return options.dispatch(method, args);
}

export function sendAppEvent(contents: WebContents | null, event: AppEvent): void {
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}
