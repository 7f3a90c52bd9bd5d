// How source kinds look on screen: the badge tint of each kind, and the headings of a source's
// aliases. The words for the kinds themselves are shared with the reports, in core/vocabulary.
import type { AliasKind, SourceKind } from '../../core/domain.js';

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
