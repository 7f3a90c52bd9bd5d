import { isSameAppOrigin } from './app-origin.js';

/**
 * Only the app's own page may write to the clipboard (so "copy citation" works); camera,
 * microphone, location, notifications, device access and everything else are refused, because a
 * fact-checking workbench needs none of them and an imported page must never get them.
 */
export function isPermissionGranted(permission: string, requestingUrl: string | null | undefined): boolean {
  return permission === 'clipboard-sanitized-write' && isSameAppOrigin(requestingUrl);
}
