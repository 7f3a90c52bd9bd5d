// Schema version 1. Append-only: once released, this SQL never changes; later changes go in a new
// numbered migration. The CHECK lists are written out rather than built from core/domain.ts so that
// editing a constant there cannot silently give new workbenches a different schema from old ones.
import type Database from 'better-sqlite3';

import { newId, now } from '../ids.js';
import { insertSeedSources } from '../seeds/insert-seed-sources.js';
import type { Migration } from './migration.js';

export const sql = /* sql */ `
CREATE TABLE meta (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  workbench_id TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE sources (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN (
    'wire_agency', 'state_media', 'newspaper', 'broadcaster', 'website', 'official', 'person', 'unnamed'
  )),
  country TEXT,
  state_affiliated INTEGER NOT NULL DEFAULT 0 CHECK (state_affiliated IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  merged_into TEXT REFERENCES sources (id) ON DELETE SET NULL CHECK (merged_into IS NULL OR merged_into <> id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX sources_by_merged_into ON sources (merged_into);
CREATE INDEX sources_by_name ON sources (name COLLATE NOCASE);

CREATE TABLE source_aliases (
  id TEXT NOT NULL PRIMARY KEY,
  source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('name', 'abbreviation', 'domain', 'credit'))
) STRICT;

CREATE UNIQUE INDEX source_aliases_unique ON source_aliases (source_id, alias COLLATE NOCASE);
CREATE INDEX source_aliases_by_alias ON source_aliases (alias COLLATE NOCASE);

-- seq is the row's stable number for full-text search: an explicit INTEGER PRIMARY KEY survives
-- VACUUM, which may renumber implicit rowids and so break an external-content FTS index.
-- text is the last column because it is large: columns after it would cost a walk through its
-- overflow pages on every list query.
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  outlet TEXT,
  outlet_source_id TEXT REFERENCES sources (id) ON DELETE SET NULL,
  author TEXT,
  url TEXT,
  published_at TEXT,
  language TEXT,
  direction TEXT NOT NULL DEFAULT 'ltr' CHECK (direction IN ('ltr', 'rtl')),
  content_hash TEXT NOT NULL UNIQUE,
  comments_start INTEGER CHECK (comments_start IS NULL OR comments_start >= 0),
  photo_credits TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(photo_credits) AND json_type(photo_credits) = 'array'),
  source_file TEXT,
  source_format TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  text_length INTEGER NOT NULL GENERATED ALWAYS AS (length(text)) STORED,
  text TEXT NOT NULL
) STRICT;

CREATE INDEX documents_by_published_at ON documents (published_at);
CREATE INDEX documents_by_created_at ON documents (created_at);
CREATE INDEX documents_by_outlet ON documents (outlet COLLATE NOCASE);
CREATE INDEX documents_by_outlet_source ON documents (outlet_source_id);

CREATE TABLE ratings (
  id TEXT NOT NULL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  label TEXT NOT NULL,
  color TEXT NOT NULL,
  ordinal INTEGER NOT NULL,
  rating_value INTEGER,
  description TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
) STRICT;

CREATE TABLE claims (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  quote TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  start_offset INTEGER,
  end_offset INTEGER,
  orphaned INTEGER NOT NULL DEFAULT 0 CHECK (orphaned IN (0, 1)),
  statement TEXT NOT NULL DEFAULT '',
  claimant TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL DEFAULT 'factual' CHECK (kind IN ('factual', 'statistic', 'quote', 'prediction', 'opinion')),
  checkworthiness INTEGER CHECK (checkworthiness BETWEEN 0 AND 3),
  status TEXT NOT NULL DEFAULT 'unreviewed' CHECK (status IN ('unreviewed', 'in_progress', 'in_review', 'done')),
  rating_id TEXT REFERENCES ratings (id) ON DELETE RESTRICT,
  rationale_json TEXT CHECK (rationale_json IS NULL OR json_valid(rationale_json)),
  rationale_text TEXT NOT NULL DEFAULT '',
  notes_json TEXT CHECK (notes_json IS NULL OR json_valid(notes_json)),
  notes_text TEXT NOT NULL DEFAULT '',
  origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'detected')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  -- An orphan has lost its place in the text; an anchored claim has a valid span.
  CHECK ((orphaned = 1) = (start_offset IS NULL)),
  CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
  CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset >= start_offset))
) STRICT;

CREATE INDEX claims_by_document ON claims (document_id, status);
CREATE INDEX claims_by_rating ON claims (rating_id);
CREATE INDEX claims_by_status ON claims (status);

CREATE TABLE attribution_hops (
  id TEXT NOT NULL PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
  source_id TEXT NOT NULL REFERENCES sources (id) ON DELETE RESTRICT,
  kind TEXT NOT NULL CHECK (kind IN ('quote', 'paraphrase', 'citing', 'credit', 'link')),
  cue_start INTEGER,
  cue_end INTEGER,
  cue_text TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((cue_start IS NULL) = (cue_end IS NULL)),
  CHECK (cue_start IS NULL OR (cue_start >= 0 AND cue_end >= cue_start))
) STRICT;

CREATE INDEX attribution_hops_by_claim ON attribution_hops (claim_id, ordinal);
CREATE INDEX attribution_hops_by_source ON attribution_hops (source_id, claim_id);

CREATE TABLE files (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  sha256 TEXT NOT NULL,
  created_at TEXT NOT NULL,
  data BLOB NOT NULL
) STRICT;

CREATE INDEX files_by_sha256 ON files (sha256);

CREATE TABLE evidence (
  id TEXT NOT NULL PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('url', 'passage', 'file')),
  stance TEXT NOT NULL DEFAULT 'context' CHECK (stance IN ('supporting', 'refuting', 'context')),
  url TEXT,
  title TEXT,
  accessed_at TEXT,
  note TEXT NOT NULL DEFAULT '',
  document_id TEXT REFERENCES documents (id) ON DELETE SET NULL,
  quote TEXT,
  prefix TEXT,
  suffix TEXT,
  start_offset INTEGER,
  end_offset INTEGER,
  file_id TEXT REFERENCES files (id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (kind <> 'url' OR url IS NOT NULL),
  CHECK (kind <> 'passage' OR quote IS NOT NULL),
  CHECK (kind <> 'file' OR file_id IS NOT NULL),
  CHECK ((start_offset IS NULL) = (end_offset IS NULL)),
  CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset >= start_offset))
) STRICT;

CREATE INDEX evidence_by_claim ON evidence (claim_id);
CREATE INDEX evidence_by_document ON evidence (document_id);
CREATE INDEX evidence_by_file ON evidence (file_id);

CREATE TABLE tags (
  id TEXT NOT NULL PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
  color TEXT
) STRICT;

CREATE TABLE claim_tags (
  claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  tag_id TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (claim_id, tag_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX claim_tags_by_tag ON claim_tags (tag_id);

-- Where the same claim turns up in other documents.
CREATE TABLE claim_appearances (
  id TEXT NOT NULL PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  quote TEXT NOT NULL,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL CHECK (end_offset >= start_offset),
  score REAL NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE INDEX claim_appearances_by_claim ON claim_appearances (claim_id);
CREATE INDEX claim_appearances_by_document ON claim_appearances (document_id);

-- The audit trail. No foreign keys on purpose: it must outlive the rows it describes, and a
-- cascading delete would otherwise be blocked by the triggers below.
CREATE TABLE history (
  id TEXT NOT NULL PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  claim_id TEXT,
  action TEXT NOT NULL,
  field TEXT,
  old_value TEXT,
  new_value TEXT
) STRICT;

CREATE INDEX history_by_claim ON history (claim_id, at);
CREATE INDEX history_by_entity ON history (entity, entity_id, at);

CREATE TRIGGER history_is_append_only_update BEFORE UPDATE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only: entries cannot be changed');
END;

CREATE TRIGGER history_is_append_only_delete BEFORE DELETE ON history
BEGIN
  SELECT RAISE(ABORT, 'history is append-only: entries cannot be deleted');
END;

CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text,
  content = 'documents', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_after_insert AFTER INSERT ON documents
BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

CREATE TRIGGER documents_fts_after_delete AFTER DELETE ON documents
BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;

CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF seq, title, text ON documents
BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;

-- Column names match the claims table because FTS5 reads external content by column name.
CREATE VIRTUAL TABLE claims_fts USING fts5 (
  quote, statement, claimant, rationale_text, notes_text,
  content = 'claims', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER claims_fts_after_insert AFTER INSERT ON claims
BEGIN
  INSERT INTO claims_fts (rowid, quote, statement, claimant, rationale_text, notes_text)
  VALUES (new.seq, new.quote, new.statement, new.claimant, new.rationale_text, new.notes_text);
END;

CREATE TRIGGER claims_fts_after_delete AFTER DELETE ON claims
BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, quote, statement, claimant, rationale_text, notes_text)
  VALUES ('delete', old.seq, old.quote, old.statement, old.claimant, old.rationale_text, old.notes_text);
END;

CREATE TRIGGER claims_fts_after_update
AFTER UPDATE OF seq, quote, statement, claimant, rationale_text, notes_text ON claims
BEGIN
  INSERT INTO claims_fts (claims_fts, rowid, quote, statement, claimant, rationale_text, notes_text)
  VALUES ('delete', old.seq, old.quote, old.statement, old.claimant, old.rationale_text, old.notes_text);
  INSERT INTO claims_fts (rowid, quote, statement, claimant, rationale_text, notes_text)
  VALUES (new.seq, new.quote, new.statement, new.claimant, new.rationale_text, new.notes_text);
END;

-- The verdict scale a new workbench starts with. Fixed IDs so that verdicts from two reviewers'
-- workbenches mean the same thing when merged; rating_value maps to ClaimReview reviewRating.
INSERT INTO ratings (id, key, label, color, ordinal, rating_value, description) VALUES
  ('0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b01', 'true', 'True', '#2e7d32', 1, 6,
   'Accurate, with nothing significant missing.'),
  ('0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b02', 'mostly_true', 'Mostly true', '#7cb342', 2, 5,
   'Accurate but needs clarification or additional information.'),
  ('0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b03', 'mixed', 'Mixed', '#f9a825', 3, 4,
   'Partly accurate and partly inaccurate.'),
  ('0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b04', 'misleading', 'Misleading', '#ef6c00', 4, 3,
   'Contains accurate elements but gives a false impression.'),
  ('0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b05', 'mostly_false', 'Mostly false', '#e64a19', 5, 2,
   'Contains an element of truth but ignores facts that would change the impression.'),
  ('0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b06', 'false', 'False', '#c62828', 6, 1,
   'Not accurate.'),
  ('0c6f3a9e-2d4b-5e8a-9b1c-3f7d2e6a0b07', 'unverifiable', 'Unverifiable', '#757575', 7, NULL,
   'Cannot be confirmed or refuted with the evidence available.');
`;

function seed(db: Database.Database): void {
  const createdAt = now();
  db.prepare('INSERT INTO meta (singleton, workbench_id, created_at) VALUES (1, ?, ?)').run(newId(), createdAt);
  insertSeedSources(db, createdAt, ['name', 'abbreviation', 'domain', 'credit']);
}

export const migration: Migration = { version: 1, name: 'initial', sql, seed };
