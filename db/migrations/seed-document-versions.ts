// The versions a workbench from before schema 7 already knows of. Each re-import wrote the text it
// replaced into the history, and each claim it moved a 'reanchor' entry with the old and new place,
// so a document's earlier versions, and what each did to its claims, can be rebuilt from there.
// A document never re-imported gets its one version. Statements are prepared here rather than
// borrowed from db/queries, so later changes there cannot change what this step did.
import type Database from 'better-sqlite3';

import { type QuotedSpan, revisionKind } from '../../core/documents/claim-revision.js';
import { OldToNewOffsets } from '../../core/text/diff-offsets.js';
import { contentHash } from '../../core/text/normalise.js';
import { diffTexts } from '../../core/text/text-diff.js';

interface DocumentRow {
  id: string;
  text: string;
  contentHash: string;
  sourceFile: string | null;
  sourceFormat: string | null;
  createdAt: string;
}

interface ReanchorRow {
  claimId: string;
  oldValue: string | null;
  newValue: string | null;
}

interface VersionSeed {
  text: string;
  importedAt: string;
}

export function seedDocumentVersions(db: Database.Database): void {
  const ids = db.prepare('SELECT id FROM documents ORDER BY seq').pluck().all() as string[];
  const documentById = db.prepare(
    `SELECT id, text, content_hash AS contentHash, source_file AS sourceFile, source_format AS sourceFormat, created_at AS createdAt
     FROM documents WHERE id = ?`,
  );
  const reimports = db.prepare(
    `SELECT at, old_value AS oldValue FROM history
     WHERE entity = 'document' AND entity_id = ? AND action = 'reimport' AND field = 'text' AND old_value IS NOT NULL
     ORDER BY at, rowid`,
  );
  const insertVersion = db.prepare(
    `INSERT INTO document_versions (document_id, number, content_hash, length, source_file, source_format, imported_at, text)
     VALUES (?, ?, ?, length(?), ?, ?, ?, ?)`,
  );
  // One document at a time, so a workbench of long articles is never held in memory at once.
  for (const id of ids) {
    const document = documentById.get(id) as DocumentRow;
    const earlier = reimports.all(id) as { at: string; oldValue: string }[];
    // Version 1 arrived with the document; each later one with the re-import that replaced its predecessor.
    const versions: VersionSeed[] = [
      ...earlier.map((row, index) => ({ text: row.oldValue, importedAt: index === 0 ? document.createdAt : earlier[index - 1]!.at })),
      { text: document.text, importedAt: earlier.at(-1)?.at ?? document.createdAt },
    ];
    versions.forEach((version, index) => {
      const current = index === versions.length - 1;
      insertVersion.run(
        id,
        index + 1,
        current ? document.contentHash : contentHash(version.text),
        version.text,
        current ? document.sourceFile : null,
        current ? document.sourceFormat : null,
        version.importedAt,
        current ? null : version.text,
      );
    });
    for (let index = 1; index < versions.length; index += 1) {
      const until = versions[index + 1]?.importedAt ?? null;
      seedClaimRevisions(db, id, index + 1, versions[index - 1]!.text, versions[index]!, until);
    }
  }
}

/** The claim revisions of one version, from the 'reanchor' entries its re-import wrote. */
function seedClaimRevisions(
  db: Database.Database,
  documentId: string,
  number: number,
  oldText: string,
  version: VersionSeed,
  until: string | null,
): void {
  const rows = db
    .prepare(
      `SELECT h.claim_id AS claimId, h.old_value AS oldValue, h.new_value AS newValue
       FROM history h JOIN claims c ON c.id = h.claim_id
       WHERE c.document_id = ? AND h.action = 'reanchor' AND h.at >= ? AND (? IS NULL OR h.at < ?)
       ORDER BY h.at, h.rowid`,
    )
    .all(documentId, version.importedAt, until, until) as ReanchorRow[];
  if (rows.length === 0) return;
  const offsets = new OldToNewOffsets(diffTexts(oldText, version.text));
  const insert = db.prepare(
    `INSERT OR IGNORE INTO claim_revisions (claim_id, document_id, version, kind, old_quote, old_start, old_end, new_quote, new_start, new_end)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of rows) {
    const old = quotedSpan(row.oldValue);
    // A claim that was an orphan already, or an entry that does not fit the text it says it was in.
    if (!old || oldText.slice(old.start, old.end) !== old.quote) continue;
    const placed = quotedSpan(row.newValue);
    if (placed && version.text.slice(placed.start, placed.end) !== placed.quote) continue;
    const kind = revisionKind(offsets, old, placed);
    if (!kind) continue;
    insert.run(
      row.claimId,
      documentId,
      number,
      kind,
      old.quote,
      old.start,
      old.end,
      placed?.quote ?? null,
      placed?.start ?? null,
      placed?.end ?? null,
    );
  }
}

/** `{ start, end, quote }` as the history stored it; null for an orphan or anything else. */
function quotedSpan(json: string | null): QuotedSpan | null {
  if (!json) return null;
  try {
    const value = JSON.parse(json) as Partial<QuotedSpan>;
    const { start, end, quote } = value;
    if (typeof start !== 'number' || typeof end !== 'number' || typeof quote !== 'string' || start < 0 || end < start) return null;
    return { start, end, quote };
  } catch {
    return null;
  }
}
