// Documents merge by ID, and otherwise by content: the same article imported by two reviewers
// has the same content hash, so it is one document, and the bundle's claims on it land on the
// workbench's copy. A text that changed (re-import of a newer version) is taken after the claims,
// so the workbench's own claims on the document move to where their words now are.
import type { BundleDocument } from '../../core/bundle/format.js';
import { chooseVersion, differingFields, lastChangeOf } from '../../core/bundle/merge-rules.js';
import type { MetadataProvenance } from '../../core/domain.js';
import { wellFormedProvenance } from '../../core/metadata/provenance.js';
import { replaceDocumentText } from '../queries/document-reimport.js';
import { statement } from '../statement-cache.js';
import { documentRows } from './bundle-rows.js';
import { count, type MergeContext, recordOverwrite } from './merge-context.js';

export const METADATA_FIELDS = [
  'title',
  'outlet',
  'outletSourceId',
  'author',
  'url',
  'publishedAt',
  'language',
  'direction',
  'articleStart',
  'commentsStart',
  'photoCredits',
  'provenance',
  'sourceFile',
  'sourceFormat',
  'deletedAt',
] as const;

// Document fields as the history names them.
export const HISTORY_FIELD: Partial<Record<(typeof METADATA_FIELDS)[number], string>> = { deletedAt: 'deleted' };

/** A text to put in place once the claims are merged. */
export interface PendingText {
  documentId: string;
  incoming: BundleDocument;
}

export function mergeBundleDocuments(context: MergeContext): PendingText[] {
  const { db, bundle } = context;
  const pending: PendingText[] = [];
  for (const written of bundle.documents) {
    const incoming = withDefaults(written);
    let existing = documentRows(db, [incoming.id])[0];
    const sameId = existing !== undefined;
    if (!existing) {
      const byContent = statement(db, 'SELECT id FROM documents WHERE content_hash = ?').get(incoming.contentHash) as
        { id: string } | undefined;
      if (byContent) {
        existing = documentRows(db, [byContent.id])[0]!;
        context.documentIds.set(incoming.id, existing.id);
        context.summary.matched.documents += 1;
      }
    }
    if (!existing) {
      insertDocument(context, incoming);
      count(context, 'added', 'documents');
      context.changedDocuments.add(incoming.id);
      continue;
    }

    const differing = differingFields(existing, incoming, METADATA_FIELDS);
    const textDiffers = existing.text !== incoming.text;
    const sameContent = differing.length === 0 && !textDiffers;
    // Two copies of one article imported separately are different rows: only content matters.
    const identical = sameContent && (!sameId || (existing.createdAt === incoming.createdAt && existing.updatedAt === incoming.updatedAt));
    const resolution = chooseVersion(lastChangeOf(existing), lastChangeOf(incoming), identical);
    if (resolution !== 'incoming') {
      count(context, 'skipped', 'documents');
      continue;
    }
    statement(
      db,
      `UPDATE documents SET title = ?, outlet = ?, outlet_source_id = ?, author = ?, url = ?, published_at = ?, language = ?,
         direction = ?, article_start = ?, comments_start = ?, photo_credits = ?, provenance = ?, source_file = ?, source_format = ?, deleted_at = ?,
         created_at = ?, updated_at = ?
       WHERE id = ?`,
    ).run(
      incoming.title,
      incoming.outlet,
      incoming.outletSourceId,
      incoming.author,
      incoming.url,
      incoming.publishedAt,
      incoming.language,
      incoming.direction,
      // The article start and the comment boundary belong to the text: they move with it, or stay
      // inside the old one.
      textDiffers ? existing.articleStart : incoming.articleStart,
      textDiffers ? existing.commentsStart : incoming.commentsStart,
      JSON.stringify(textDiffers ? existing.photoCredits : incoming.photoCredits),
      JSON.stringify(incoming.provenance),
      incoming.sourceFile,
      incoming.sourceFormat,
      incoming.deletedAt,
      sameId ? incoming.createdAt : existing.createdAt,
      incoming.updatedAt,
      existing.id,
    );
    if (textDiffers) pending.push({ documentId: existing.id, incoming });
    if (sameContent) {
      count(context, 'skipped', 'documents');
      continue;
    }
    count(context, 'updated', 'documents');
    context.changedDocuments.add(existing.id);
    if (lastChangeOf(existing) === null) continue;
    for (const field of differing) {
      recordOverwrite(context, {
        entity: 'document',
        entityId: existing.id,
        field: HISTORY_FIELD[field] ?? field,
        oldValue: existing[field],
        newValue: incoming[field],
      });
    }
  }
  return pending;
}

/**
 * Puts the bundle's newer texts in place, moving every claim, cue and passage anchored in them;
 * the old text goes into the history. A text another document here already has is not taken.
 */
export function applyPendingTexts(context: MergeContext, pending: readonly PendingText[]): void {
  const { db } = context;
  for (const { documentId, incoming } of pending) {
    const clash = statement(db, 'SELECT title FROM documents WHERE content_hash = ? AND id <> ?').get(incoming.contentHash, documentId) as
      { title: string } | undefined;
    if (clash) {
      context.summary.notes.push(
        `The document "${incoming.title}" kept its text: the bundle's newer text is already here as "${clash.title}".`,
      );
      continue;
    }
    replaceDocumentText(db, documentId, {
      text: incoming.text,
      contentHash: incoming.contentHash,
      articleStart: incoming.articleStart ?? null,
      commentsStart: incoming.commentsStart,
      photoCredits: incoming.photoCredits,
      sourceFile: incoming.sourceFile ?? '',
      sourceFormat: incoming.sourceFormat ?? '',
    });
    statement(db, 'UPDATE documents SET source_file = ?, source_format = ?, updated_at = ? WHERE id = ?').run(
      incoming.sourceFile,
      incoming.sourceFormat,
      incoming.updatedAt,
      documentId,
    );
    context.changedDocuments.add(documentId);
  }
}

function insertDocument(context: MergeContext, document: BundleDocument): void {
  statement(
    context.db,
    `INSERT INTO documents (id, title, outlet, outlet_source_id, author, url, published_at, language, direction, content_hash,
       article_start, comments_start, photo_credits, provenance, source_file, source_format, created_at, updated_at, deleted_at, text)
     VALUES (@id, @title, @outlet, @outletSourceId, @author, @url, @publishedAt, @language, @direction, @contentHash,
       @articleStart, @commentsStart, @photoCredits, @provenance, @sourceFile, @sourceFormat, @createdAt, @updatedAt, @deletedAt, @text)`,
  ).run({
    ...withDefaults(document),
    photoCredits: JSON.stringify(document.photoCredits),
    provenance: JSON.stringify(document.provenance),
  });
}

/**
 * A bundle written before the article start existed shows the whole page as the article; one
 * written before provenance existed records none.
 */
function withDefaults(document: BundleDocument): BundleDocument & { articleStart: number | null; provenance: MetadataProvenance } {
  return { ...document, articleStart: document.articleStart ?? null, provenance: wellFormedProvenance(document.provenance ?? {}) };
}
