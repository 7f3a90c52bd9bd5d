// Evidence merges by ID like claims. It is removed from the workbench outright (the history keeps
// a copy), so a removal is known only from the history: evidence one side removed after the other
// side last changed it stays removed, and the bundle's removals apply here on the same terms.
import type { BundleEvidence } from '../../core/bundle/format.js';
import { chooseVersion, differingFields, lastChangeOf } from '../../core/bundle/merge-rules.js';
import { recordHistory } from '../history.js';
import { statement } from '../statement-cache.js';
import { EVIDENCE_COLUMNS } from './bundle-rows.js';
import { claimChanged, count, mapped, type MergeContext, recordOverwrite } from './merge-context.js';

export const CONTENT_FIELDS = [
  'kind',
  'stance',
  'url',
  'title',
  'accessedAt',
  'note',
  'documentId',
  'quote',
  'prefix',
  'suffix',
  'startOffset',
  'endOffset',
  'fileId',
] as const;

export function mergeBundleEvidence(context: MergeContext): void {
  const { db, bundle } = context;
  const incomingIds = new Set(bundle.evidence.map((item) => item.id));
  for (const bundleItem of bundle.evidence) {
    const incoming: BundleEvidence = {
      ...bundleItem,
      documentId: mapped(context.documentIds, bundleItem.documentId),
      fileId: mapped(context.fileIds, bundleItem.fileId),
    };
    const existing = statement(db, `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE id = ?`).get(incoming.id) as BundleEvidence | undefined;
    if (!existing) {
      const removedAt = lastRemovalHere(context, incoming.id);
      if (removedAt !== null && removedAt > Date.parse(incoming.updatedAt)) {
        count(context, 'skipped', 'evidence');
        continue;
      }
      insertEvidence(context, incoming);
      count(context, 'added', 'evidence');
      changed(context, incoming.claimId);
      continue;
    }
    const differing = differingFields(existing, incoming, CONTENT_FIELDS);
    const identical = differing.length === 0 && existing.createdAt === incoming.createdAt && existing.updatedAt === incoming.updatedAt;
    const resolution = chooseVersion(lastChangeOf(existing), lastChangeOf(incoming), identical);
    if (resolution !== 'incoming') {
      count(context, 'skipped', 'evidence');
      continue;
    }
    statement(
      db,
      `UPDATE evidence SET kind = @kind, stance = @stance, url = @url, title = @title, accessed_at = @accessedAt, note = @note,
         document_id = @documentId, quote = @quote, prefix = @prefix, suffix = @suffix, start_offset = @startOffset,
         end_offset = @endOffset, file_id = @fileId, created_at = @createdAt, updated_at = @updatedAt
       WHERE id = @id`,
    ).run(incoming);
    if (differing.length === 0) {
      count(context, 'skipped', 'evidence');
      continue;
    }
    count(context, 'updated', 'evidence');
    changed(context, incoming.claimId);
    if (lastChangeOf(existing) === null) continue;
    for (const field of differing) {
      recordOverwrite(context, {
        entity: 'evidence',
        entityId: incoming.id,
        claimId: incoming.claimId,
        field,
        oldValue: existing[field],
        newValue: incoming[field],
      });
    }
  }
  applyRemovals(context, incomingIds);
}

/**
 * Evidence the bundle's reviewer removed, still here and unchanged here since: removed here too,
 * its row kept in the history as every removal is. Only claims the bundle carries are
 * considered, so a bundle of one document never removes anything elsewhere.
 */
function applyRemovals(context: MergeContext, incomingIds: ReadonlySet<string>): void {
  const { db, bundle } = context;
  const claims = new Set(bundle.claims.map((claim) => claim.id));
  const latest = new Map<string, { action: string; at: number; claimId: string | null }>();
  for (const row of bundle.history) {
    if (row.entity !== 'evidence') continue;
    const at = Date.parse(row.at);
    const seen = latest.get(row.entityId);
    if (!seen || at >= seen.at) latest.set(row.entityId, { action: row.action, at, claimId: row.claimId });
  }
  for (const [id, last] of latest) {
    if (last.action !== 'delete' || incomingIds.has(id) || !last.claimId || !claims.has(last.claimId)) continue;
    const existing = statement(db, `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE id = ?`).get(id) as BundleEvidence | undefined;
    if (!existing || Date.parse(existing.updatedAt) >= last.at) continue;
    statement(db, 'DELETE FROM evidence WHERE id = ?').run(id);
    recordHistory(
      db,
      { entity: 'evidence', entityId: id, claimId: existing.claimId, action: 'delete', field: existing.kind, oldValue: existing },
      context.actor,
    );
    count(context, 'updated', 'evidence');
    changed(context, existing.claimId);
  }
}

/** When this workbench last removed the evidence, or null if it never did. */
function lastRemovalHere(context: MergeContext, id: string): number | null {
  const row = statement(
    context.db,
    `SELECT max(at) AS at FROM history WHERE entity = 'evidence' AND entity_id = ? AND action = 'delete'`,
  ).get(id) as { at: string | null };
  return row.at === null ? null : Date.parse(row.at);
}

function insertEvidence(context: MergeContext, item: BundleEvidence): void {
  // A passage quoted from a document neither side still has keeps its words without the link.
  const documentId =
    item.documentId && statement(context.db, 'SELECT 1 FROM documents WHERE id = ?').get(item.documentId) ? item.documentId : null;
  statement(
    context.db,
    `INSERT INTO evidence (id, claim_id, kind, stance, url, title, accessed_at, note, document_id, quote, prefix, suffix,
       start_offset, end_offset, file_id, created_at, updated_at)
     VALUES (@id, @claimId, @kind, @stance, @url, @title, @accessedAt, @note, @documentId, @quote, @prefix, @suffix,
       @startOffset, @endOffset, @fileId, @createdAt, @updatedAt)`,
  ).run({ ...item, documentId });
}

function changed(context: MergeContext, claimId: string): void {
  const row = statement(context.db, 'SELECT document_id AS documentId FROM claims WHERE id = ?').get(claimId) as
    { documentId: string } | undefined;
  if (row) claimChanged(context, row.documentId, claimId);
}
