import { type Session, shell, type WebContents } from 'electron';

import { isAllowedRequestUrl, isSameAppOrigin } from './app-origin.js';
import { safeExternalUrl } from './external-url.js';
import { isPermissionGranted } from './permissions.js';

/** Applied once to the session the window uses, before anything loads. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  // The app makes no network request of its own, ever; a stray remote URL in imported text or a
  // stylesheet is cancelled here rather than trusted to the CSP alone.
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * Applied to every web contents the app creates, so no page can leave the app or open windows.
 * Only the app's own page may send a link on to the browser: a hidden print window showing a
 * report must never open a web page by itself, whatever the report holds.
 */
export function hardenWebContents(contents: WebContents): void {
  const showsApp = () => isSameAppOrigin(contents.getURL());
  contents.setWindowOpenHandler(({ url }) => {
    if (showsApp()) openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (isSameAppOrigin(url)) return;
    event.preventDefault();
    if (showsApp()) openInBrowser(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isSameAppOrigin(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Evidence links open in the user's browser, and only when they are plain web addresses. */
export function openInBrowser(raw: string): void {
  const url = safeExternalUrl(raw);
  if (url) void shell.openExternal(url);
}
