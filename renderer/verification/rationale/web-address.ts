// Links in a rationale are recorded, never fetched; only plain web addresses may be linked, so a
// click can only ever hand an http(s) address to the user's own browser.

export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** What the reviewer typed, made into an address: "example.org/x" becomes "https://example.org/x". */
export function toWebAddress(value: string): string | null {
  const trimmed = value.trim();
  if (trimmed.length === 0) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/iu.test(trimmed) ? trimmed : `https://${trimmed}`;
  return isWebAddress(candidate) ? candidate : null;
}
