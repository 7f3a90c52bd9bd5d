// Schema version 6: full-text search finds inflections of English words ("reports" finds
// "reported" and "reporting"). The document and claim indexes are rebuilt with FTS5's porter
// stemmer over the same unicode61 tokenizer, so case and accents fold as before; the stemmer only
// rewrites the endings of words in Latin letters, so Arabic or Cyrillic words are indexed as they
// were. Spelling variants (demilitarised/demilitarized) are the query's job: core/text/spelling-variants.
// Append-only like every migration: once released, this SQL never changes.
import type { Migration } from './migration.js';

// FTS5 cannot change a table's tokenizer, so each index is dropped, created again and refilled from
// its content table. The triggers that keep them in step name the tables, not their definitions,
// and stay as they are.
export const sql = /* sql */ `
DROP TABLE documents_fts;
CREATE VIRTUAL TABLE documents_fts USING fts5 (
  title, text,
  content = 'documents', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');

DROP TABLE claims_fts;
CREATE VIRTUAL TABLE claims_fts USING fts5 (
  quote, statement, claimant, rationale_text, notes_text,
  content = 'claims', content_rowid = 'seq',
  tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO claims_fts (claims_fts) VALUES ('rebuild');
`;

export const migration: Migration = { version: 6, name: 'english-stemming', sql };
