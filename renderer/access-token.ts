// The browser host, when started with --token, prints a URL carrying `?token=…`. The token is taken
// from the address once, kept for this tab only, and removed from the address bar so it does not
// end up in history, bookmarks or a screenshot.
const STORAGE_KEY = 'claimtrace.accessToken';

let captured: string | null | undefined;

export function accessToken(): string | null {
  if (captured !== undefined) return captured;
  const address = new URL(window.location.href);
  const fromAddress = address.searchParams.get('token');
  if (fromAddress) {
    writeStored(fromAddress);
    address.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${address.pathname}${address.search}${address.hash}`);
    captured = fromAddress;
  } else {
    captured = readStored();
  }
  return captured;
}

function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeStored(token: string): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, token);
  } catch {
    // Storage can be disabled; the token then lasts until the page is reloaded.
  }
}
