export const MAX_RECENT_WORKBENCHES = 10;

/** The list with `file` moved (or added) to the front, each file once, at most `max` entries. */
export function addRecent(list: readonly string[], file: string, max: number = MAX_RECENT_WORKBENCHES): string[] {
  return [file, ...list.filter((entry) => entry !== file)].slice(0, max);
}

export function removeRecent(list: readonly string[], file: string): string[] {
  return list.filter((entry) => entry !== file);
}

/** Files deleted or moved since they were opened would only fail when chosen, so they are dropped. */
export function pruneMissing(list: readonly string[], exists: (file: string) => boolean): string[] {
  return list.filter((entry) => exists(entry));
}

/**
 * The recent list from whatever the settings file holds. A hand-edited or half-written file must
 * not stop the app from starting, so anything unexpected yields the usable part or nothing.
 */
export function parseRecentList(stored: unknown, max: number = MAX_RECENT_WORKBENCHES): string[] {
  const paths =
    typeof stored === 'object' && stored !== null && Array.isArray((stored as { paths?: unknown }).paths)
      ? (stored as { paths: unknown[] }).paths
      : [];
  const seen = new Set<string>();
  for (const entry of paths) {
    if (typeof entry === 'string' && entry.trim() !== '' && !entry.includes('\0')) seen.add(entry);
  }
  return [...seen].slice(0, max);
}

export function serializeRecentList(list: readonly string[]): string {
  return `${JSON.stringify({ paths: list }, null, 2)}\n`;
}
