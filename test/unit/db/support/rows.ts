import { createHash } from 'node:crypto';

import type Database from 'better-sqlite3';

import { newId, now } from '../../../../db/ids.js';

// The import and claim-editing code lives elsewhere; these write the rows those features would,
// with plain SQL, so the file layer can be tested on its own.

export interface DocumentFields {
  title?: string;
  text?: string;
  outlet?: string | null;
  publishedAt?: string | null;
  createdAt?: string;
  deletedAt?: string | null;
  direction?: 'ltr' | 'rtl';
}

export function addDocument(db: Database.Database, fields: DocumentFields = {}): string {
  const id = newId();
  const text = fields.text ?? `Text of document ${id}.`;
  const createdAt = fields.createdAt ?? now();
  db.prepare(
    `INSERT INTO documents (id, title, outlet, published_at, direction, text, content_hash, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    fields.title ?? 'Untitled',
    fields.outlet ?? null,
    fields.publishedAt ?? null,
    fields.direction ?? 'ltr',
    text,
    createHash('sha256').update(`${id}\n${text}`).digest('hex'),
    createdAt,
    createdAt,
    fields.deletedAt ?? null,
  );
  return id;
}

export interface ClaimFields {
  quote?: string;
  statement?: string;
  claimant?: string;
  rationaleText?: string;
  notesText?: string;
  status?: 'unreviewed' | 'in_progress' | 'in_review' | 'done';
  deletedAt?: string | null;
}

export function addClaim(db: Database.Database, documentId: string, fields: ClaimFields = {}): string {
  const id = newId();
  const at = now();
  db.prepare(
    `INSERT INTO claims (id, document_id, quote, start_offset, end_offset, statement, claimant, rationale_text,
                         notes_text, status, created_at, updated_at, deleted_at)
     VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    id,
    documentId,
    fields.quote ?? 'a quote',
    (fields.quote ?? 'a quote').length,
    fields.statement ?? '',
    fields.claimant ?? '',
    fields.rationaleText ?? '',
    fields.notesText ?? '',
    fields.status ?? 'unreviewed',
    at,
    at,
    fields.deletedAt ?? null,
  );
  return id;
}

export function addHop(db: Database.Database, claimId: string, sourceId: string, ordinal = 0): string {
  const id = newId();
  const at = now();
  db.prepare(
    `INSERT INTO attribution_hops (id, claim_id, ordinal, source_id, kind, created_at, updated_at)
     VALUES (?, ?, ?, ?, 'citing', ?, ?)`,
  ).run(id, claimId, ordinal, sourceId, at, at);
  return id;
}

export function addSource(db: Database.Database, name: string, aliases: string[] = []): string {
  const id = newId();
  const at = now();
  db.prepare(`INSERT INTO sources (id, name, kind, created_at, updated_at) VALUES (?, ?, 'newspaper', ?, ?)`).run(id, name, at, at);
  for (const alias of aliases) {
    db.prepare(`INSERT INTO source_aliases (id, source_id, alias, kind) VALUES (?, ?, ?, 'name')`).run(newId(), id, alias);
  }
  return id;
}

export function addHistory(db: Database.Database, claimId: string, field: string, oldValue: string, newValue: string): string {
  const id = newId();
  db.prepare(
    `INSERT INTO history (id, at, actor, entity, entity_id, claim_id, action, field, old_value, new_value)
     VALUES (?, ?, 'Reviewer', 'claim', ?, ?, 'update', ?, ?, ?)`,
  ).run(id, now(), claimId, claimId, field, oldValue, newValue);
  return id;
}
