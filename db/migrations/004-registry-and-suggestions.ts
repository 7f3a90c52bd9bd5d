// Schema version 4: a registry desks can line up and keep clean, and suggestions a reviewer has
// turned down stay turned down. Append-only like every migration: once released, this SQL never
// changes.
//
// - sources.wikidata_id: the source's Wikidata item, so two desks' registries match up.
// - sources.confirmed: 0 for sources created by accepting suggestions, until a reviewer confirms,
//   merges or discards them; unconfirmed sources stay out of dashboards and reports.
// - source_aliases.kind gains 'programme' (a network's programme: "Face the Nation" → CBS News).
//   SQLite cannot alter a CHECK, so the table is rebuilt; nothing refers to it.
// - attribution_hops.stance: what the hop's cue says of the reporter's stance.
// - suggestion_rejections: suggestions rejected per document, recognised again by their words and
//   chain after a reload, a new detection run or a re-import.
import { now } from '../ids.js';
import { refreshSeedSources } from '../seeds/insert-seed-sources.js';
import type { Migration } from './migration.js';

export const sql = /* sql */ `
ALTER TABLE sources ADD COLUMN wikidata_id TEXT
  CHECK (wikidata_id IS NULL OR (wikidata_id GLOB 'Q[1-9]*' AND wikidata_id NOT GLOB 'Q*[^0-9]*' AND length(wikidata_id) <= 12));
ALTER TABLE sources ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 1 CHECK (confirmed IN (0, 1));
CREATE INDEX sources_by_wikidata_id ON sources (wikidata_id);

CREATE TABLE source_aliases_v4 (
  id TEXT NOT NULL PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('name', 'abbreviation', 'domain', 'credit', 'programme'))
) STRICT;
INSERT INTO source_aliases_v4 (id, source_id, alias, kind) SELECT id, source_id, alias, kind FROM source_aliases;
DROP TABLE source_aliases;
ALTER TABLE source_aliases_v4 RENAME TO source_aliases;
CREATE UNIQUE INDEX source_aliases_unique ON source_aliases (source_id, alias COLLATE NOCASE);
CREATE INDEX source_aliases_by_alias ON source_aliases (alias COLLATE NOCASE);

ALTER TABLE attribution_hops ADD COLUMN stance TEXT
  CHECK (stance IS NULL OR stance IN ('neutral', 'distancing', 'endorsing'));

CREATE TABLE suggestion_rejections (
  id TEXT NOT NULL PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  claim_quote TEXT NOT NULL CHECK (length(claim_quote) > 0),
  claim_start INTEGER NOT NULL CHECK (claim_start >= 0),
  claim_end INTEGER NOT NULL CHECK (claim_end >= claim_start),
  chain TEXT NOT NULL CHECK (json_valid(chain) AND json_type(chain) = 'array'),
  rejected_by TEXT NOT NULL,
  rejected_at TEXT NOT NULL,
  UNIQUE (document_id, claim_quote, chain)
) STRICT;
`;

export const migration: Migration = {
  version: 4,
  name: 'registry-and-suggestions',
  sql,
  // Sources and aliases the built-in registry gained since version 1, with their Wikidata items.
  seed: (db) => refreshSeedSources(db, now()),
};
