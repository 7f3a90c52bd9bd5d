import type Database from 'better-sqlite3';

import { anchorInText } from '../../core/anchoring/span-anchor.js';
import type { Args } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';
import { withoutContext } from '../../core/claims/claim-context.js';
import type { Anchor, Claim } from '../../core/domain.js';
import { chainSnapshot, hopSnapshots } from '../../core/review/history-snapshots.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { claimState, getClaim } from './claims.js';
import { getDocument } from './document-detail.js';
import { type ResolvedHop, resolveHops, writeHops } from './hops.js';

/** A claim a reviewer makes of a span of a document, as claims.create takes it. */
export type NewClaim = Args<'claims.create'>;

/** A claim ready to store: its anchor is already taken from the stored text. */
export type ClaimToInsert = Pick<Claim, 'documentId' | 'claimant' | 'kind' | 'origin'> &
  Partial<Pick<Claim, 'statement'>> & {
    /** Given when undo/redo brings a claim back under its old identity. */
    id?: string;
    anchor: Anchor;
  };

/**
 * Makes a claim of a span of the stored document text, with its chain, in one transaction. The
 * anchor comes from the stored text, never from the caller, so quote and offsets always agree.
 */
export function createClaim(db: Database.Database, input: NewClaim): Claim {
  return writeTransaction(db, () => {
    const { text } = getDocument(db, input.documentId);
    const anchor = anchorInText(text, input.start, input.end, 'The claim');
    const hops = resolveHops(db, text, input.hops ?? []);
    const id = insertClaim(
      db,
      {
        id: input.id,
        documentId: input.documentId,
        anchor,
        statement: input.statement,
        claimant: input.claimant ?? '',
        kind: input.kind ?? 'factual',
        origin: 'manual',
      },
      hops,
    );
    return withoutContext(getClaim(db, id));
  });
}

/**
 * Stores a claim whose anchor and chain are already checked, recording its creation. A deleted
 * claim re-created under its own ID is brought back in place, so its evidence and history stay
 * with it; a live claim with that ID is a conflict. Call inside the caller's transaction.
 */
export function insertClaim(db: Database.Database, claim: ClaimToInsert, hops: readonly ResolvedHop[]): string {
  const at = now();
  const values = {
    documentId: claim.documentId,
    quote: claim.anchor.quote,
    prefix: claim.anchor.prefix,
    suffix: claim.anchor.suffix,
    start: claim.anchor.start,
    end: claim.anchor.end,
    statement: claim.statement ?? claim.anchor.quote.trim(),
    claimant: claim.claimant,
    kind: claim.kind,
    origin: claim.origin,
    at,
  };
  let id = newId();
  const existing = claim.id ? claimState(db, claim.id) : null;
  if (claim.id && existing) {
    if (existing.documentId !== claim.documentId) {
      throw new ApiError('conflict', `The ID ${claim.id} belongs to a claim in another document.`);
    }
    if (!existing.deleted) throw new ApiError('conflict', `A claim with the ID ${claim.id} already exists.`);
    id = claim.id;
    statement(
      db,
      `UPDATE claims SET quote = @quote, prefix = @prefix, suffix = @suffix, start_offset = @start, end_offset = @end,
         orphaned = 0, statement = @statement, claimant = @claimant, kind = @kind, origin = @origin,
         deleted_at = NULL, updated_at = @at
       WHERE id = @id`,
    ).run({ ...values, id });
  } else {
    id = claim.id ?? id;
    statement(
      db,
      `INSERT INTO claims (id, document_id, quote, prefix, suffix, start_offset, end_offset, orphaned, statement,
         claimant, kind, origin, created_at, updated_at)
       VALUES (@id, @documentId, @quote, @prefix, @suffix, @start, @end, 0, @statement, @claimant, @kind, @origin, @at, @at)`,
    ).run({ ...values, id });
  }
  writeHops(db, id, hops);
  recordHistory(db, { entity: 'claim', entityId: id, claimId: id, action: 'create', newValue: values.quote });
  if (hops.length > 0) {
    const chain = chainSnapshot(hopSnapshots(getClaim(db, id).hops));
    recordHistory(db, { entity: 'claim', entityId: id, claimId: id, action: 'update', field: 'chain', newValue: chain });
  }
  return id;
}
