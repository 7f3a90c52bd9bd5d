// Schema version 7: a document keeps its versions. Each newer copy of an article imported over the
// old one becomes a numbered version, and what it did to each claim's passage (reworded, taken out,
// moved) is recorded with the old and new wording, so an editor can see which claims were quietly
// changed after publication and reports can say so.
// Append-only like every migration: once released, this SQL never changes.
import type { Migration } from './migration.js';
import { seedDocumentVersions } from './seed-document-versions.js';

export const sql = /* sql */ `
CREATE TABLE document_versions (
  id INTEGER PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  number INTEGER NOT NULL CHECK (number >= 1),
  content_hash TEXT NOT NULL,
  length INTEGER NOT NULL CHECK (length >= 0),
  source_file TEXT,
  source_format TEXT,
  imported_at TEXT NOT NULL,
  -- Null for the newest version, whose words are the document's own text: a second copy of every
  -- document would double the file. A version's text is filled in when a newer one replaces it.
  text TEXT,
  UNIQUE (document_id, number)
) STRICT;

-- Every document starts at version 1, however it arrives: an import, a paste, a bundle, a worker.
CREATE TRIGGER documents_first_version AFTER INSERT ON documents
BEGIN
  INSERT INTO document_versions (document_id, number, content_hash, length, source_file, source_format, imported_at)
  VALUES (new.id, 1, new.content_hash, length(new.text), new.source_file, new.source_format, new.created_at);
END;

-- What a version did to a claim's passage; a claim the version left as it was has no row.
CREATE TABLE claim_revisions (
  id INTEGER PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
  document_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 2),
  kind TEXT NOT NULL CHECK (kind IN ('changed', 'vanished', 'moved')),
  old_quote TEXT NOT NULL,
  old_start INTEGER NOT NULL CHECK (old_start >= 0),
  old_end INTEGER NOT NULL CHECK (old_end >= old_start),
  new_quote TEXT,
  new_start INTEGER,
  new_end INTEGER,
  -- A vanished passage has no new wording or place; the others have both.
  CHECK ((kind = 'vanished') = (new_quote IS NULL)),
  CHECK ((new_quote IS NULL) = (new_start IS NULL) AND (new_start IS NULL) = (new_end IS NULL)),
  CHECK (new_start IS NULL OR (new_start >= 0 AND new_end >= new_start)),
  UNIQUE (claim_id, version),
  FOREIGN KEY (document_id, version) REFERENCES document_versions (document_id, number) ON DELETE CASCADE
) STRICT;

CREATE INDEX claim_revisions_by_document ON claim_revisions (document_id, version);
`;

export const migration: Migration = { version: 7, name: 'document-versions', sql, seed: seedDocumentVersions };
