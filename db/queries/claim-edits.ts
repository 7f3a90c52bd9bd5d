import type Database from 'better-sqlite3';
import type { z } from 'zod';

import { anchorInText } from '../../core/anchoring/span-anchor.js';
import type { claimPatchSchema } from '../../core/api/claim-inputs.js';
import { ApiError } from '../../core/api/result.js';
import { sameChain } from '../../core/claims/attribution-chain.js';
import { withoutContext } from '../../core/claims/claim-context.js';
import { storableNotesJson } from '../../core/claims/notes.js';
import { cleanTags, sameTags } from '../../core/claims/tags.js';
import type { Claim } from '../../core/domain.js';
import { chainSnapshot, hopSnapshots } from '../../core/review/history-snapshots.js';
import { recordHistory } from '../history.js';
import { now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { claimState, getClaim } from './claims.js';
import { getDocument } from './document-detail.js';
import { type HopInput, resolveHops, writeHops } from './hops.js';
import { setClaimTags } from './tags.js';

export type ClaimPatch = z.infer<typeof claimPatchSchema>;

type ColumnField = Exclude<keyof ClaimPatch, 'tags'>;

// Patch fields and the columns they live in; only these names ever reach the SQL text.
const COLUMNS: Record<ColumnField, string> = {
  statement: 'statement',
  claimant: 'claimant',
  kind: 'kind',
  checkworthiness: 'checkworthiness',
  notesJson: 'notes_json',
  notesText: 'notes_text',
  assignee: 'assignee',
};

/** Applies a reviewer's edits to a claim; every field that really changes gets a history line. */
export function updateClaim(db: Database.Database, id: string, patch: ClaimPatch): Claim {
  if (patch.notesJson != null) patch = { ...patch, notesJson: storableNotesJson(patch.notesJson) };
  return writeTransaction(db, () => {
    const before = getClaim(db, id);
    const at = now();
    let changed = false;
    for (const field of Object.keys(COLUMNS) as ColumnField[]) {
      const value = patch[field];
      if (value === undefined || value === before[field]) continue;
      statement(db, `UPDATE claims SET ${COLUMNS[field]} = ?, updated_at = ? WHERE id = ?`).run(value, at, id);
      recordHistory(db, { entity: 'claim', entityId: id, claimId: id, action: 'update', field, oldValue: before[field], newValue: value });
      changed = true;
    }
    if (patch.tags !== undefined && !sameTags(before.tags, cleanTags(patch.tags))) {
      setClaimTags(db, id, patch.tags);
      const after = getClaim(db, id).tags;
      statement(db, 'UPDATE claims SET updated_at = ? WHERE id = ?').run(at, id);
      recordHistory(db, {
        entity: 'claim',
        entityId: id,
        claimId: id,
        action: 'update',
        field: 'tags',
        oldValue: before.tags,
        newValue: after,
      });
      changed = true;
    }
    return withoutContext(changed ? getClaim(db, id) : before);
  });
}

/** Moves a claim to the bin with its chain and evidence; restoreClaim brings it back. */
export function deleteClaim(db: Database.Database, id: string): Claim {
  return writeTransaction(db, () => {
    const claim = getClaim(db, id);
    const at = now();
    statement(db, 'UPDATE claims SET deleted_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
    recordHistory(db, { entity: 'claim', entityId: id, claimId: id, action: 'delete', oldValue: claim.quote });
    return withoutContext(claim);
  });
}

/** Brings a deleted claim back. Restoring a claim that is not deleted changes nothing. */
export function restoreClaim(db: Database.Database, id: string): Claim {
  return writeTransaction(db, () => {
    const state = claimState(db, id);
    if (!state) throw new ApiError('not_found', `There is no claim with the ID ${id}.`);
    if (state.documentDeleted) {
      throw new ApiError('conflict', 'The document of this claim is in the bin; restore the document first.');
    }
    if (state.deleted) {
      statement(db, 'UPDATE claims SET deleted_at = NULL, updated_at = ? WHERE id = ?').run(now(), id);
      const claim = getClaim(db, id);
      recordHistory(db, { entity: 'claim', entityId: id, claimId: id, action: 'restore', newValue: claim.quote });
    }
    return withoutContext(getClaim(db, id));
  });
}

/** Anchors a claim (usually an orphan) to a new span of its document's stored text. */
export function reattachClaim(db: Database.Database, id: string, span: { start: number; end: number }): Claim {
  return writeTransaction(db, () => {
    const before = getClaim(db, id);
    const { text } = getDocument(db, before.documentId);
    const anchor = anchorInText(text, span.start, span.end, 'The new span');
    statement(
      db,
      `UPDATE claims SET quote = ?, prefix = ?, suffix = ?, start_offset = ?, end_offset = ?, orphaned = 0, updated_at = ?
       WHERE id = ?`,
    ).run(anchor.quote, anchor.prefix, anchor.suffix, anchor.start, anchor.end, now(), id);
    recordHistory(db, {
      entity: 'claim',
      entityId: id,
      claimId: id,
      action: 'reattach',
      field: 'anchor',
      oldValue: { start: before.start, end: before.end, quote: before.quote },
      newValue: { start: anchor.start, end: anchor.end, quote: anchor.quote },
    });
    return withoutContext(getClaim(db, id));
  });
}

/** Replaces a claim's attribution chain in one transaction, recording old and new hop by hop. */
export function setClaimChain(db: Database.Database, id: string, hops: readonly HopInput[]): Claim {
  return writeTransaction(db, () => {
    const before = getClaim(db, id);
    const { text } = getDocument(db, before.documentId);
    writeHops(db, id, resolveHops(db, text, hops));
    const after = getClaim(db, id);
    if (!sameChain(before.hops, after.hops)) {
      statement(db, 'UPDATE claims SET updated_at = ? WHERE id = ?').run(now(), id);
      recordHistory(db, {
        entity: 'claim',
        entityId: id,
        claimId: id,
        action: 'update',
        field: 'chain',
        oldValue: chainSnapshot(hopSnapshots(before.hops)),
        newValue: chainSnapshot(hopSnapshots(after.hops)),
      });
    }
    return withoutContext(getClaim(db, id));
  });
}
