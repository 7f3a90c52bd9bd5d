const MAX_EXTERNAL_URL_LENGTH = 8192;

/**
 * The URL to hand to the system browser, or null when it must not be opened. Only web pages are
 * opened: `file:`, `javascript:`, `data:` and custom schemes could run programs or script on the
 * user's machine, and embedded credentials are a classic way to disguise where a link really goes.
 */
export function safeExternalUrl(raw: string): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null;
  return url.href;
}
