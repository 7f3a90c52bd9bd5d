// A claim's tags are names a reviewer types; "Idlib" and "idlib" are one tag.
import { foldName } from '../text/fold-name.js';

/** Tags as the reviewer typed them, trimmed, without case-insensitive repeats (first spelling wins). */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const tag of tags) {
    const name = tag.replace(/\s+/gu, ' ').trim();
    const key = foldName(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    clean.push(name);
  }
  return clean;
}

/** Whether two tag lists hold the same tags, ignoring order and case. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  const fold = (list: readonly string[]) => [...new Set(list.map(foldName))].sort().join('\n');
  return fold(a) === fold(b);
}
