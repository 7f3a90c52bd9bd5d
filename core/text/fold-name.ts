/**
 * How two names (of sources, tags, hops) are compared: Unicode-aware case folding (SQLite's
 * NOCASE folds ASCII only, so "ТАСС" and "тасс" would differ there), compatibility forms and runs
 * of spaces ignored.
 */
export function foldName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}
