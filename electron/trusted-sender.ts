import { isSameAppOrigin } from './app-origin.js';

/**
 * Whether an IPC call comes from the app's own page. A frame showing anything else (a page that
 * slipped past the navigation lock, an error page, a destroyed frame with no URL) gets no API.
 */
export function isTrustedSender(frameUrl: string | null | undefined, appOrigin: string): boolean {
  return isSameAppOrigin(frameUrl, appOrigin);
}
