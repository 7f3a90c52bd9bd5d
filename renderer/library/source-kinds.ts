import type { AliasKind, SourceKind } from '../../core/domain.js';

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  wire_agency: 'Wire agency',
  state_media: 'State media',
  newspaper: 'Newspaper',
  broadcaster: 'Broadcaster',
  website: 'Website',
  official: 'Official',
  person: 'Person',
  unnamed: 'Unnamed',
};

/** Badge tint per kind; kinds that need no emphasis share the neutral one. */
export const SOURCE_KIND_TONES: Record<SourceKind, string> = {
  wire_agency: 'wire',
  state_media: 'state',
  newspaper: 'neutral',
  broadcaster: 'broadcast',
  website: 'neutral',
  official: 'official',
  person: 'person',
  unnamed: 'neutral',
};

export const ALIAS_KIND_LABELS: Record<AliasKind, string> = {
  name: 'Names',
  abbreviation: 'Abbreviations',
  domain: 'Web domains',
  credit: 'Photo credits',
  programme: 'Programmes',
};
