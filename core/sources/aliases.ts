import type { SourceAlias } from '../domain.js';

/** Whether two alias lists hold the same spellings of the same kinds, in any order. */
export function sameAliases(a: readonly SourceAlias[], b: readonly SourceAlias[]): boolean {
  const key = (list: readonly SourceAlias[]) =>
    list
      .map((x) => `${x.kind}\u0000${x.alias}`)
      .sort()
      .join('\n');
  return key(a) === key(b);
}
