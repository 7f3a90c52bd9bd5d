import type Database from 'better-sqlite3';

import { reanchor } from '../../core/anchoring.js';
import { anchorOrNull, findAnchorAgain, type StoredAnchor } from '../../core/anchoring/find-again.js';
import { ApiError } from '../../core/api/result.js';
import type { BundleDocument } from '../../core/bundle/format.js';
import { articleStartWithin } from '../../core/documents/article-bounds.js';
import { placeInNewVersion } from '../../core/documents/claim-revision.js';
import type { DocumentDetail } from '../../core/domain.js';
import { OldToNewOffsets } from '../../core/text/diff-offsets.js';
import { diffTexts } from '../../core/text/text-diff.js';
import { recordHistory } from '../history.js';
import { now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { recordClaimRevision } from './claim-revisions.js';
import { getDocument } from './document-detail.js';
import { addVersion, currentVersion } from './document-versions.js';

export interface ReimportOutcome {
  document: DocumentDetail;
  /** The document's version number now: 2 after its first re-import; unchanged when the text was the same. */
  version: number;
  /** Live claims that have a place in the new text. */
  reanchored: number;
  /** Live claims whose words could not be found again; the reviewer re-attaches them. */
  orphaned: number;
}

/**
 * The stored text and what is derived from it, as a new version of the file (or a bundle) gives
 * them; the article start is absent in bundles written before it existed.
 */
export type NewText = Pick<BundleDocument, 'text' | 'contentHash' | 'articleStart' | 'commentsStart' | 'photoCredits'> & {
  sourceFile: string;
  sourceFormat: string;
};

type AnchoredRow = StoredAnchor & { id: string };

/**
 * Replaces a document's text in one transaction and moves everything anchored in it: claims
 * (deleted ones too, so that restoring them later puts them in the right place), hop cues and
 * evidence passages. The reviewer's metadata (title, outlet, date…) is kept; only what is derived
 * from the text itself (article start, comment boundary, photo credits) is taken from the new version. The old
 * text stays as the previous version (and in the history), so nothing the reviewer read is lost,
 * and what the new version did to each claim's words is recorded as a claim revision.
 */
export function replaceDocumentText(db: Database.Database, id: string, next: NewText): ReimportOutcome {
  return writeTransaction(db, (): ReimportOutcome => {
    const before = getDocument(db, id);
    const clash = statement(db, 'SELECT id, title, deleted_at AS deletedAt FROM documents WHERE content_hash = ? AND id <> ?').get(
      next.contentHash,
      id,
    ) as { id: string; title: string; deletedAt: string | null } | undefined;
    if (clash) {
      const where = clash.deletedAt ? ' (in the bin)' : '';
      throw new ApiError('conflict', `This text is already in the workbench as "${clash.title}"${where}.`);
    }
    // The same text again: nothing moves, and the reviewer's corrections (comment boundary) stand.
    if (next.text === before.text) return { document: before, version: currentVersion(db, id), ...countClaims(db, id) };
    const at = now();
    const version = addVersion(db, id, before.text, next, at);
    statement(
      db,
      `UPDATE documents SET text = ?, content_hash = ?, article_start = ?, comments_start = ?, photo_credits = ?, source_file = ?,
         source_format = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      next.text,
      next.contentHash,
      articleStartWithin(next),
      next.commentsStart,
      JSON.stringify(next.photoCredits),
      next.sourceFile,
      next.sourceFormat,
      at,
      id,
    );
    recordHistory(db, { entity: 'document', entityId: id, action: 'reimport', field: 'text', oldValue: before.text, newValue: next.text });
    const offsets = new OldToNewOffsets(diffTexts(before.text, next.text));
    const counts = moveClaims(db, { documentId: id, version, offsets, text: next.text, at });
    moveCues(db, id, before.text, next.text);
    moveEvidence(db, id, next.text, at);
    return { document: getDocument(db, id), version, ...counts };
  });
}

interface NewVersion {
  documentId: string;
  version: number;
  /** Where each place of the old text is in the new one. */
  offsets: OldToNewOffsets;
  text: string;
  at: string;
}

function moveClaims(
  db: Database.Database,
  { documentId, version, offsets, text, at }: NewVersion,
): { reanchored: number; orphaned: number } {
  const rows = statement(
    db,
    `SELECT id, quote, prefix, suffix, start_offset AS start, end_offset AS end, deleted_at AS deletedAt
     FROM claims WHERE document_id = ?`,
  ).all(documentId) as (AnchoredRow & { deletedAt: string | null })[];
  let reanchored = 0;
  let orphaned = 0;
  for (const row of rows) {
    const { anchor: placed, kind } = placeInNewVersion(offsets, text, row);
    if (kind && row.start !== null && row.end !== null) {
      recordClaimRevision(db, {
        claimId: row.id,
        documentId,
        version,
        kind,
        oldQuote: row.quote,
        oldStart: row.start,
        oldEnd: row.end,
        newQuote: placed?.quote ?? null,
        newStart: placed?.start ?? null,
        newEnd: placed?.end ?? null,
      });
    }
    if (placed) {
      statement(
        db,
        `UPDATE claims SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, end_offset = ?, orphaned = 0, updated_at = ?
         WHERE id = ?`,
      ).run(placed.quote, placed.prefix, placed.suffix, placed.start, placed.end, at, row.id);
    } else {
      // The quote and its context stay, so the reviewer can see what to re-attach.
      statement(db, 'UPDATE claims SET start_offset = NULL, end_offset = NULL, orphaned = 1, updated_at = ? WHERE id = ?').run(at, row.id);
    }
    if (!row.deletedAt) {
      if (placed) reanchored += 1;
      else orphaned += 1;
    }
    const moved = !placed || placed.start !== row.start || placed.end !== row.end || placed.quote !== row.quote;
    if (moved) {
      recordHistory(db, {
        entity: 'claim',
        entityId: row.id,
        claimId: row.id,
        action: 'reanchor',
        field: 'anchor',
        oldValue: { start: row.start, end: row.end, quote: row.quote },
        newValue: placed ? { start: placed.start, end: placed.end, quote: placed.quote } : { orphaned: true, quote: row.quote },
      });
    }
  }
  return { reanchored, orphaned };
}

function countClaims(db: Database.Database, documentId: string): { reanchored: number; orphaned: number } {
  return statement(
    db,
    `SELECT coalesce(sum(orphaned = 0), 0) AS reanchored, coalesce(sum(orphaned = 1), 0) AS orphaned
     FROM claims WHERE document_id = ? AND deleted_at IS NULL`,
  ).get(documentId) as { reanchored: number; orphaned: number };
}

/** Cues are short ("said", "according to"), so they are found again with their old context. */
function moveCues(db: Database.Database, documentId: string, oldText: string, text: string): void {
  const rows = statement(
    db,
    `SELECT h.id, h.cue_start AS start, h.cue_end AS end FROM attribution_hops h
     JOIN claims c ON c.id = h.claim_id
     WHERE c.document_id = ? AND h.cue_start IS NOT NULL`,
  ).all(documentId) as { id: string; start: number; end: number }[];
  for (const row of rows) {
    const old = anchorOrNull(oldText, row.start, row.end);
    const result = old ? reanchor(text, old) : null;
    const placed = result && 'anchor' in result ? result.anchor : null;
    statement(db, 'UPDATE attribution_hops SET cue_start = ?, cue_end = ?, cue_text = ? WHERE id = ?').run(
      placed?.start ?? null,
      placed?.end ?? null,
      placed?.quote ?? old?.quote ?? null,
      row.id,
    );
  }
}

/** Evidence passages quoted from this document move like claims; unplaceable ones keep their quote. */
function moveEvidence(db: Database.Database, documentId: string, text: string, at: string): void {
  const rows = statement(
    db,
    `SELECT id, quote, coalesce(prefix, '') AS prefix, coalesce(suffix, '') AS suffix, start_offset AS start, end_offset AS end
     FROM evidence WHERE document_id = ? AND quote IS NOT NULL AND start_offset IS NOT NULL`,
  ).all(documentId) as AnchoredRow[];
  for (const row of rows) {
    const placed = findAnchorAgain(text, row);
    statement(
      db,
      'UPDATE evidence SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, end_offset = ?, updated_at = ? WHERE id = ?',
    ).run(
      placed?.quote ?? row.quote,
      placed?.prefix ?? row.prefix,
      placed?.suffix ?? row.suffix,
      placed?.start ?? null,
      placed?.end ?? null,
      at,
      row.id,
    );
  }
}
