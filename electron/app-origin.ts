// The renderer is served from its own privileged scheme rather than file://, so the page has a real
// origin: CSP 'self', navigation locks and the IPC sender check can all name exactly one place, and
// no other file on the disk shares that origin the way every file:// page does.

export const APP_SCHEME = 'app';
export const APP_HOST = 'claimtrace';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Whether a URL belongs to the app's own origin. Compared by scheme and host because the WHATWG
 * `URL.origin` of a custom scheme is the opaque "null" and would match any other custom URL.
 */
export function isSameAppOrigin(raw: string | null | undefined, appOrigin: string = APP_ORIGIN): boolean {
  if (!raw) return false;
  const url = parseUrl(raw);
  const app = parseUrl(appOrigin);
  if (!url || !app) return false;
  return url.protocol === app.protocol && url.host === app.host && url.username === '' && url.password === '' && url.host !== '';
}

/** Schemes the window may load without touching the network; everything else is cancelled. */
const OFFLINE_SCHEMES = new Set(['data:', 'blob:', 'devtools:']);

/** The app never touches the network: only its own files, inline data and the developer tools load. */
export function isAllowedRequestUrl(raw: string): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  return isSameAppOrigin(raw) || OFFLINE_SCHEMES.has(url.protocol);
}

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}
