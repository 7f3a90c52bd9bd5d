import type Database from 'better-sqlite3';
import type { z } from 'zod';

import { anchorInText } from '../../core/anchoring/span-anchor.js';
import type { evidencePatchSchema } from '../../core/api/evidence.js';
import type { Args } from '../../core/api/index.js';
import { ApiError } from '../../core/api/result.js';
import type { Evidence } from '../../core/domain.js';
import { localCalendarDate } from '../../core/review/calendar-date.js';
import { checkEvidenceUpload, cleanFileName } from '../../core/review/evidence-file.js';
import { evidenceSummary } from '../../core/review/evidence-history.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { claimState, getClaim } from './claims.js';
import { getDocument } from './document-detail.js';
import { type EvidenceSnapshot, evidenceSnapshot, getEvidence, insertEvidenceSnapshot } from './evidence.js';
import { storeEvidenceFile } from './evidence-files.js';

export type EvidencePatch = z.infer<typeof evidencePatchSchema>;

export type NewUrlEvidence = Args<'evidence.addUrl'>;
export type NewPassageEvidence = Args<'evidence.addPassage'>;
export type NewFileEvidence = Args<'evidence.addFile'>;

/** What every piece of evidence is given when it is added. */
type Common = Pick<Evidence, 'claimId' | 'note' | 'stance'>;

type Fields = Omit<EvidenceSnapshot, 'id' | 'claimId' | 'createdAt' | 'updatedAt' | 'note' | 'stance'>;

const EMPTY: Fields = {
  kind: 'url',
  url: null,
  title: null,
  accessedAt: null,
  documentId: null,
  quote: null,
  prefix: null,
  suffix: null,
  startOffset: null,
  endOffset: null,
  fileId: null,
};

/** Inserts evidence for a live claim and records it. Call inside the caller's transaction. */
function insertEvidence(db: Database.Database, common: Common, fields: Fields): Evidence {
  getClaim(db, common.claimId);
  const at = now();
  const snapshot: EvidenceSnapshot = {
    ...fields,
    id: newId(),
    claimId: common.claimId,
    note: common.note,
    stance: common.stance,
    createdAt: at,
    updatedAt: at,
  };
  insertEvidenceSnapshot(db, snapshot);
  recordHistory(db, {
    entity: 'evidence',
    entityId: snapshot.id,
    claimId: common.claimId,
    action: 'create',
    newValue: evidenceSummary(snapshot),
  });
  return getEvidence(db, snapshot.id);
}

/** A link recorded as it is; nothing is fetched. The access date defaults to the reviewer's today. */
export function addUrlEvidence(db: Database.Database, input: NewUrlEvidence): Evidence {
  return writeTransaction(db, () =>
    insertEvidence(db, input, {
      ...EMPTY,
      kind: 'url',
      url: input.url,
      title: input.title,
      accessedAt: input.accessedAt ?? localCalendarDate(new Date()),
    }),
  );
}

/** A span of a document in the workbench, anchored like a claim so the reader can open it. */
export function addPassageEvidence(db: Database.Database, input: NewPassageEvidence): Evidence {
  return writeTransaction(db, () => {
    const { text } = getDocument(db, input.documentId);
    const anchor = anchorInText(text, input.start, input.end, 'The passage');
    return insertEvidence(db, input, {
      ...EMPTY,
      kind: 'passage',
      title: input.title,
      documentId: input.documentId,
      quote: anchor.quote,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
      startOffset: anchor.start,
      endOffset: anchor.end,
    });
  });
}

/** A file kept inside the workbench; the upload is checked and decoded before anything is written. */
export function addFileEvidence(db: Database.Database, input: NewFileEvidence): Evidence {
  checkEvidenceUpload(input.dataBase64);
  const bytes = Buffer.from(input.dataBase64, 'base64');
  return writeTransaction(db, () => {
    getClaim(db, input.claimId);
    const file = storeEvidenceFile(db, input.name, bytes, input.mediaType);
    return insertEvidence(db, input, { ...EMPTY, kind: 'file', title: input.title || cleanFileName(input.name), fileId: file.id });
  });
}

type PatchField = keyof EvidencePatch;

// Patch fields and the columns they live in; only these names ever reach the SQL text.
const COLUMNS: Record<PatchField, string> = {
  title: 'title',
  note: 'note',
  stance: 'stance',
  url: 'url',
  accessedAt: 'accessed_at',
};

/** Edits a piece of evidence of a live claim; every field that really changes gets a history line. */
export function updateEvidence(db: Database.Database, id: string, patch: EvidencePatch): Evidence {
  return writeTransaction(db, () => {
    const before = getEvidence(db, id);
    getClaim(db, before.claimId);
    if (patch.url !== undefined && before.kind !== 'url') {
      throw new ApiError('invalid_arguments', `Only a link has an address to change; this evidence is a ${before.kind}.`);
    }
    const at = now();
    for (const field of Object.keys(COLUMNS) as PatchField[]) {
      const value = patch[field];
      if (value === undefined || value === before[field]) continue;
      statement(db, `UPDATE evidence SET ${COLUMNS[field]} = ?, updated_at = ? WHERE id = ?`).run(value, at, id);
      recordHistory(db, {
        entity: 'evidence',
        entityId: id,
        claimId: before.claimId,
        action: 'update',
        field,
        oldValue: before[field],
        newValue: value,
      });
    }
    return getEvidence(db, id);
  });
}

/**
 * Removes a piece of evidence. The whole row goes into the history, so nothing is lost and
 * restoreEvidence can bring it back; a stored file stays in the workbench for the same reason.
 */
export function deleteEvidence(db: Database.Database, id: string): Evidence {
  return writeTransaction(db, () => {
    const evidence = getEvidence(db, id);
    getClaim(db, evidence.claimId);
    const snapshot = evidenceSnapshot(db, id)!;
    statement(db, 'DELETE FROM evidence WHERE id = ?').run(id);
    recordHistory(db, {
      entity: 'evidence',
      entityId: id,
      claimId: evidence.claimId,
      action: 'delete',
      field: evidence.kind,
      oldValue: snapshot,
    });
    return evidence;
  });
}

/** Brings back removed evidence from its last snapshot in the history. Live evidence is left as it is. */
export function restoreEvidence(db: Database.Database, id: string): Evidence {
  return writeTransaction(db, () => {
    if (evidenceSnapshot(db, id)) return getEvidence(db, id);
    const row = statement(
      db,
      `SELECT old_value AS oldValue FROM history
       WHERE entity = 'evidence' AND entity_id = ? AND action = 'delete'
       ORDER BY at DESC, rowid DESC LIMIT 1`,
    ).get(id) as { oldValue: string | null } | undefined;
    if (!row?.oldValue) throw new ApiError('not_found', `There is no removed evidence with the ID ${id}.`);
    const snapshot = JSON.parse(row.oldValue) as EvidenceSnapshot;
    const claim = claimState(db, snapshot.claimId);
    if (!claim) throw new ApiError('not_found', 'The claim this evidence belonged to no longer exists.');
    if (claim.deleted || claim.documentDeleted) {
      throw new ApiError('conflict', 'The claim this evidence belongs to is in the bin; restore the claim first.');
    }
    const documentGone = snapshot.documentId !== null && !statement(db, 'SELECT 1 FROM documents WHERE id = ?').get(snapshot.documentId);
    const restored: EvidenceSnapshot = { ...snapshot, documentId: documentGone ? null : snapshot.documentId, updatedAt: now() };
    insertEvidenceSnapshot(db, restored);
    recordHistory(db, {
      entity: 'evidence',
      entityId: id,
      claimId: snapshot.claimId,
      action: 'restore',
      newValue: evidenceSummary(snapshot),
    });
    return getEvidence(db, id);
  });
}
