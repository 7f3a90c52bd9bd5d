import type { IconName } from '../components/Icon.js';

/** The views of an open source: its registry entry, its trace, and the graph of its chains. */
export type SourceTab = 'details' | 'trace' | 'graph';

export const SOURCE_TABS: readonly { tab: SourceTab; label: string; icon: IconName }[] = [
  { tab: 'details', label: 'Registry entry', icon: 'sources' },
  { tab: 'trace', label: 'Trace', icon: 'claim' },
  { tab: 'graph', label: 'Attribution graph', icon: 'graph' },
];
