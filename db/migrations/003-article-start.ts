// Schema version 3: where the article begins in a saved page that puts the site's navigation,
// glossary boxes and menus first, so the reader can fold them away and detection can skip them.
// Append-only like every migration: once released, this SQL never changes.
import type { Migration } from './migration.js';

// NULL means the article starts at the top. An offset past the end of the text is refused here,
// so a bad write can never leave the reader pointing outside the document.
export const sql = /* sql */ `
ALTER TABLE documents ADD COLUMN article_start INTEGER
  CHECK (article_start IS NULL OR (article_start >= 0 AND article_start <= text_length));
`;

export const migration: Migration = { version: 3, name: 'article-start', sql };
