// Which registry entries the Sources list shows: a name or alias containing the typed text,
// optionally only one kind of source, and optionally only the sources still waiting for a
// reviewer to confirm them; and what to say when nothing is left.
import type { Source, SourceKind } from '../../core/domain.js';
import { SOURCE_KIND_NOUNS } from '../../core/vocabulary/source-kinds.js';

export type KindFilter = SourceKind | 'all';

/** The whole registry, or only the sources created from suggestions and not yet confirmed. */
export type RegistryScope = 'all' | 'unconfirmed';

export function filterRegistry(sources: readonly Source[], text: string, kind: KindFilter = 'all', scope: RegistryScope = 'all'): Source[] {
  const needle = fold(text);
  return sources.filter(
    (source) =>
      (scope === 'all' || !source.confirmed) &&
      (kind === 'all' || source.kind === kind) &&
      (!needle || fold(source.name).includes(needle) || source.aliases.some((alias) => fold(alias.alias).includes(needle))),
  );
}

export function countUnconfirmed(sources: readonly Source[]): number {
  return sources.reduce((count, source) => (source.confirmed ? count : count + 1), 0);
}

export interface EmptyListMessage {
  title: string;
  body: string;
}

/** Why the list is empty, naming every filter that is on, so the reviewer knows which to loosen. */
export function emptyRegistryMessage(total: number, text: string, kind: KindFilter, scope: RegistryScope): EmptyListMessage {
  if (total === 0) {
    return { title: 'No sources yet', body: 'Outlets, agencies and people that claims are attributed to are listed here.' };
  }
  const needle = text.trim();
  const unconfirmed = scope === 'unconfirmed' ? 'unconfirmed ' : '';
  const kindName = kind === 'all' ? 'source' : SOURCE_KIND_NOUNS[kind];
  if (needle) {
    return { title: 'No matching sources', body: `No ${unconfirmed}${kindName} name or alias contains “${needle}”.` };
  }
  if (scope === 'unconfirmed') {
    return {
      title: 'Nothing to confirm',
      body:
        kind === 'all'
          ? 'Sources created when you accept suggestions wait here until you confirm, merge or discard them.'
          : `No unconfirmed source is of the kind ${kindName}.`,
    };
  }
  return { title: 'No matching sources', body: `No source in the registry is of the kind ${kindName}.` };
}

// Compatibility forms folded too, so a full-width or ligature spelling still finds its source.
function fold(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().trim();
}
