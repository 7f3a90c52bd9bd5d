// Schema version 5: where each detected field of a document came from (the file's metadata, a
// byline, the headline line, a date merely mentioned in the body…) and whether a person confirmed
// it, so a guessed publication date is never shown as a fact.
// Append-only like every migration: once released, this SQL never changes.
import type { Migration } from './migration.js';

// A JSON object: field name → { origin, confirmed }. Documents imported before this version have
// no record of where their values came from, which '{}' states honestly.
export const sql = /* sql */ `
ALTER TABLE documents ADD COLUMN provenance TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(provenance) AND json_type(provenance) = 'object');
`;

export const migration: Migration = { version: 5, name: 'field-provenance', sql };
