import type Database from 'better-sqlite3';

import { ApiError } from '../../core/api/result.js';
import { describeRejection, rejectedChain } from '../../core/detection/rejections.js';
import type { Suggestion } from '../../core/detection/types.js';
import type { RejectedHop, RejectedSuggestion } from '../../core/domain.js';
import { currentActor, recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { getDocument } from './document-detail.js';
import type { StoredJson } from './stored-row.js';

/** A rejection as SELECT reads it: its chain still the stored JSON. */
type RejectionRow = StoredJson<RejectedSuggestion, 'chain'>;

const SELECT = `SELECT id, document_id AS documentId, claim_quote AS claimQuote, claim_start AS claimStart,
  claim_end AS claimEnd, chain, rejected_by AS rejectedBy, rejected_at AS rejectedAt FROM suggestion_rejections`;

function toRejection(row: RejectionRow): RejectedSuggestion {
  return { ...row, chain: JSON.parse(row.chain) as RejectedHop[] };
}

/** The suggestions rejected in a document, newest first. */
export function listRejections(db: Database.Database, documentId: string): RejectedSuggestion[] {
  return (statement(db, `${SELECT} WHERE document_id = ? ORDER BY rejected_at DESC, id`).all(documentId) as RejectionRow[]).map(
    toRejection,
  );
}

/**
 * Remembers that a reviewer turned a suggestion down, with who and when. A suggestion is the same
 * one again when its words and its chain are: its offsets may move when the document is
 * re-imported. Rejecting it twice keeps the first record.
 */
export function rejectSuggestion(
  db: Database.Database,
  documentId: string,
  suggestion: Pick<Suggestion, 'claim' | 'hops'>,
): RejectedSuggestion {
  return writeTransaction(db, () => {
    getDocument(db, documentId);
    const chain = JSON.stringify(rejectedChain(suggestion));
    const existing = statement(db, `${SELECT} WHERE document_id = ? AND claim_quote = ? AND chain = ?`).get(
      documentId,
      suggestion.claim.text,
      chain,
    ) as RejectionRow | undefined;
    if (existing) return toRejection(existing);
    const id = newId();
    statement(
      db,
      `INSERT INTO suggestion_rejections (id, document_id, claim_quote, claim_start, claim_end, chain, rejected_by, rejected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, documentId, suggestion.claim.text, suggestion.claim.start, suggestion.claim.end, chain, currentActor(db), now());
    recordHistory(db, { entity: 'document', entityId: documentId, action: 'reject_suggestion', newValue: describeRejection(suggestion) });
    return toRejection(statement(db, `${SELECT} WHERE id = ?`).get(id) as RejectionRow);
  });
}

/** Takes a rejection back, so the suggestion is proposed again. */
export function restoreSuggestion(db: Database.Database, id: string): RejectedSuggestion {
  return writeTransaction(db, () => {
    const row = statement(db, `${SELECT} WHERE id = ?`).get(id) as RejectionRow | undefined;
    if (!row) throw new ApiError('not_found', `There is no rejected suggestion with the ID ${id}.`);
    const rejection = toRejection(row);
    statement(db, 'DELETE FROM suggestion_rejections WHERE id = ?').run(id);
    recordHistory(db, {
      entity: 'document',
      entityId: rejection.documentId,
      action: 'restore_suggestion',
      oldValue: describeRejection({ claim: { text: rejection.claimQuote }, hops: rejection.chain }),
    });
    return rejection;
  });
}
