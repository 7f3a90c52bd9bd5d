// A rejected suggestion is a fact about a document (this reviewer turned it down then), so it
// merges by ID, and the same rejection made on both sides — same words, same chain — is kept once.
import { statement } from '../statement-cache.js';
import { count, mapped, type MergeContext } from './merge-context.js';

export function mergeBundleRejections(context: MergeContext): void {
  const { db, bundle } = context;
  const byId = statement(db, 'SELECT 1 FROM suggestion_rejections WHERE id = ?');
  const same = statement(db, 'SELECT 1 FROM suggestion_rejections WHERE document_id = ? AND claim_quote = ? AND chain = ?');
  const documentExists = statement(db, 'SELECT 1 FROM documents WHERE id = ?');
  const insert = statement(
    db,
    `INSERT INTO suggestion_rejections (id, document_id, claim_quote, claim_start, claim_end, chain, rejected_by, rejected_at)
     VALUES (@id, @documentId, @claimQuote, @claimStart, @claimEnd, @chain, @rejectedBy, @rejectedAt)`,
  );
  for (const incoming of bundle.rejections) {
    const rejection = { ...incoming, documentId: mapped(context.documentIds, incoming.documentId), chain: JSON.stringify(incoming.chain) };
    if (
      byId.get(rejection.id) ||
      !documentExists.get(rejection.documentId) ||
      same.get(rejection.documentId, rejection.claimQuote, rejection.chain)
    ) {
      count(context, 'skipped', 'rejections');
      continue;
    }
    insert.run(rejection);
    count(context, 'added', 'rejections');
  }
}
