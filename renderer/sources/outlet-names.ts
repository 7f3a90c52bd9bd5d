// The names an outlet goes by in the registry, offered wherever a reviewer types an outlet so the
// document links to the source that is already there instead of a near-duplicate.
import { useEffect, useState } from 'react';
import { MEDIA_SOURCE_KINDS, type Source } from '../../core/domain.js';
import { call } from '../api-client.js';

/** Publishers and official bodies, each with its other names and abbreviations, sorted. */
export function outletNames(sources: readonly Source[]): string[] {
  const names = sources
    .filter((source) => MEDIA_SOURCE_KINDS.has(source.kind) || source.kind === 'official')
    .flatMap((source) => [source.name, ...source.aliases.filter((alias) => alias.kind === 'name' || alias.kind === 'abbreviation').map((alias) => alias.alias)]);
  return [...new Set(names)].sort((a, b) => a.localeCompare(b));
}

/** The registry's outlet names, asked for each time `enabled` turns true (a dialog opening). */
export function useRegistryOutletNames(enabled: boolean): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    call('sources.list', {}).then(
      (sources) => live && setNames(outletNames(sources)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [enabled]);
  return names;
}
