// The words for each kind of source, wherever a source is shown: badges, filters, the source
// editor, the attribution graph and the sources table of every report.
import type { SourceKind } from '../domain.js';

/** The kind on its own, beside a source's name or under a "Kind" heading: "Unnamed". */
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

/**
 * The kind as a noun inside a sentence, where "unnamed" alone would not say what is unnamed:
 * "Create “military sources” as unnamed source", "No wire agency name or alias contains …".
 */
export const SOURCE_KIND_NOUNS: Record<SourceKind, string> = {
  wire_agency: 'wire agency',
  state_media: 'state media',
  newspaper: 'newspaper',
  broadcaster: 'broadcaster',
  website: 'website',
  official: 'official',
  person: 'person',
  unnamed: 'unnamed source',
};
