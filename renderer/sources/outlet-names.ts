// The names an outlet goes by in the registry, offered wherever a reviewer types an outlet so the
// document links to the source that is already there instead of a near-duplicate.
import { MEDIA_SOURCE_KINDS, type Source } from '../../core/domain.js';
import { call } from '../api-client.js';
import { useLiveResource } from '../use-live-resource.js';

/** Publishers and official bodies, each with its other names and abbreviations, sorted. */
export function outletNames(sources: readonly Source[]): string[] {
  const names = sources
    .filter((source) => MEDIA_SOURCE_KINDS.has(source.kind) || source.kind === 'official')
    .flatMap((source) => [
      source.name,
      ...source.aliases.filter((alias) => alias.kind === 'name' || alias.kind === 'abbreviation').map((alias) => alias.alias),
    ]);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

const NO_NAMES: string[] = [];

/**
 * The registry's outlet names, asked for each time `enabled` turns true (a dialog opening) and again
 * when the registry changes while it is. Names that cannot be loaded are none, or the last ones
 * loaded: the list is only a suggestion.
 */
export function useRegistryOutletNames(enabled: boolean): string[] {
  const names = useLiveResource(enabled ? 'outlet-names' : null, async () => outletNames(await call('sources.list', {})), [
    'sources.changed',
  ]);
  return names.value ?? NO_NAMES;
}
