// A linked appearance records a fact (this claim is also in that document, at these offsets) and
// never changes, so it merges by ID, and a link both reviewers made separately is kept once.
import { statement } from '../statement-cache.js';
import { claimChanged, count, mapped, type MergeContext } from './merge-context.js';

export function mergeBundleAppearances(context: MergeContext): void {
  const { db, bundle } = context;
  const byId = statement(db, 'SELECT 1 FROM claim_appearances WHERE id = ?');
  const sameLink = statement(
    db,
    'SELECT 1 FROM claim_appearances WHERE claim_id = ? AND document_id = ? AND start_offset = ? AND end_offset = ?',
  );
  const insert = statement(
    db,
    `INSERT INTO claim_appearances (id, claim_id, document_id, quote, start_offset, end_offset, score, created_at)
     VALUES (@id, @claimId, @documentId, @quote, @startOffset, @endOffset, @score, @createdAt)`,
  );
  const claimDocument = statement(db, 'SELECT document_id AS documentId FROM claims WHERE id = ?');
  for (const bundleAppearance of bundle.appearances) {
    const appearance = { ...bundleAppearance, documentId: mapped(context.documentIds, bundleAppearance.documentId) };
    if (byId.get(appearance.id) || sameLink.get(appearance.claimId, appearance.documentId, appearance.startOffset, appearance.endOffset)) {
      count(context, 'skipped', 'appearances');
      continue;
    }
    insert.run(appearance);
    count(context, 'added', 'appearances');
    const claim = claimDocument.get(appearance.claimId) as { documentId: string } | undefined;
    if (claim) claimChanged(context, claim.documentId, appearance.claimId);
  }
}
