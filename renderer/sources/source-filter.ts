// Which registry entries the Sources list shows: a name or alias containing the typed text, and
// optionally only one kind of source.
import type { Source, SourceKind } from '../../core/domain.js';

export type KindFilter = SourceKind | 'all';

export function filterRegistry(sources: readonly Source[], text: string, kind: KindFilter = 'all'): Source[] {
  const needle = fold(text);
  return sources.filter(
    (source) =>
      (kind === 'all' || source.kind === kind) &&
      (!needle || fold(source.name).includes(needle) || source.aliases.some((alias) => fold(alias.alias).includes(needle))),
  );
}

// Compatibility forms folded too, so a full-width or ligature spelling still finds its source.
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().trim();
}
