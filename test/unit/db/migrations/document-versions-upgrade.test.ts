import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { contentHash } from '../../../../core/text/normalise.js';
import { checkWorkbench } from '../../../../db/check.js';
import { newId } from '../../../../db/ids.js';
import { APP_SCHEMA_VERSION, MIGRATIONS } from '../../../../db/migrations/index.js';
import { listRevisedClaims } from '../../../../db/queries/claim-revisions.js';
import { replaceDocumentText } from '../../../../db/queries/document-reimport.js';
import { listVersions, versionText } from '../../../../db/queries/document-versions.js';
import { openWorkbench } from '../../../../db/workbench.js';
import { makeTempDir } from '../../../support/temp-dir.js';
import { addClaim, addDocument } from '../support/rows.js';

const BEFORE_VERSIONS = MIGRATIONS.findIndex((migration) => migration.name === 'document-versions');

// Three versions of one article, as an older Claimtrace re-imported them: the figure reworded in
// the second, the pier sentence moved to the end in the third.
const FIGURE = 'The port authority said 300 containers were stranded.';
const PIER = 'Divers inspected the damaged pier on Sunday.';
const V1 = `Port reopens after storm\n\n${FIGURE}\n\n${PIER}\n\nShipping lines expect delays of up to a week while the damaged cranes are repaired.`;
const V2 = V1.replace('300 containers', '3,000 containers');
const V3 = `Port reopens after storm\n\n${FIGURE.replace('300', '3,000')}\n\nShipping lines expect delays of up to a week while the damaged cranes are repaired.\n\n${PIER}`;

let temp: ReturnType<typeof makeTempDir>;
let file: string;

beforeEach(() => {
  temp = makeTempDir();
  file = temp.file('harbour.claimtrace');
});

afterEach(() => temp.remove());

function placeClaim(db: Database.Database, claimId: string, text: string, quote: string): void {
  const start = text.indexOf(quote);
  db.prepare('UPDATE claims SET quote = ?, start_offset = ?, end_offset = ? WHERE id = ?').run(quote, start, start + quote.length, claimId);
}

function history(
  db: Database.Database,
  row: {
    at: string;
    entity: string;
    entityId: string;
    claimId?: string;
    action: string;
    field: string;
    oldValue: string;
    newValue: string;
  },
): void {
  db.prepare(
    `INSERT INTO history (id, at, actor, entity, entity_id, claim_id, action, field, old_value, new_value)
     VALUES (?, ?, 'Reviewer', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), row.at, row.entity, row.entityId, row.claimId ?? null, row.action, row.field, row.oldValue, row.newValue);
}

/** What the re-import of an older Claimtrace wrote: the old text in the history, each moved claim's old and new place. */
function oldReimport(
  db: Database.Database,
  documentId: string,
  at: string,
  from: string,
  to: string,
  claims: { id: string; quote: string; newQuote: string }[],
): void {
  history(db, { at, entity: 'document', entityId: documentId, action: 'reimport', field: 'text', oldValue: from, newValue: to });
  for (const claim of claims) {
    const oldStart = from.indexOf(claim.quote);
    const newStart = to.indexOf(claim.newQuote);
    history(db, {
      at,
      entity: 'claim',
      entityId: claim.id,
      claimId: claim.id,
      action: 'reanchor',
      field: 'anchor',
      oldValue: JSON.stringify({ start: oldStart, end: oldStart + claim.quote.length, quote: claim.quote }),
      newValue: JSON.stringify({ start: newStart, end: newStart + claim.newQuote.length, quote: claim.newQuote }),
    });
  }
  db.prepare('UPDATE documents SET text = ?, content_hash = ? WHERE id = ?').run(to, contentHash(to), documentId);
}

describe('opening a workbench from before document versions in this app', () => {
  it('gives every document its versions, rebuilt from the re-imports in its history with what they did to the claims', () => {
    const before = openWorkbench(file, { create: true, migrations: MIGRATIONS.slice(0, BEFORE_VERSIONS) });
    const { db } = before;
    const plain = addDocument(db, { title: 'Never re-imported', text: 'A short note.', createdAt: '2024-02-01T09:00:00.000Z' });
    const port = addDocument(db, { title: 'Port reopens after storm', text: V1, createdAt: '2024-03-01T09:00:00.000Z' });
    const figure = addClaim(db, port);
    const pier = addClaim(db, port);
    placeClaim(db, figure, V1, FIGURE);
    placeClaim(db, pier, V1, PIER);
    oldReimport(db, port, '2024-03-02T09:00:00.000Z', V1, V2, [{ id: figure, quote: FIGURE, newQuote: FIGURE.replace('300', '3,000') }]);
    oldReimport(db, port, '2024-03-05T09:00:00.000Z', V2, V3, [{ id: pier, quote: PIER, newQuote: PIER }]);
    placeClaim(db, figure, V3, FIGURE.replace('300', '3,000'));
    placeClaim(db, pier, V3, PIER);
    before.close();

    const upgraded = openWorkbench(file);
    expect(upgraded.migration).toMatchObject({ from: BEFORE_VERSIONS, to: APP_SCHEMA_VERSION });
    expect(listVersions(upgraded.db, plain)).toEqual([
      expect.objectContaining({ number: 1, current: true, importedAt: '2024-02-01T09:00:00.000Z', length: 'A short note.'.length }),
    ]);
    const versions = listVersions(upgraded.db, port);
    expect(versions.map(({ number, importedAt, current }) => ({ number, importedAt, current }))).toEqual([
      { number: 1, importedAt: '2024-03-01T09:00:00.000Z', current: false },
      { number: 2, importedAt: '2024-03-02T09:00:00.000Z', current: false },
      { number: 3, importedAt: '2024-03-05T09:00:00.000Z', current: true },
    ]);
    expect(versions[0]!.contentHash).toBe(contentHash(V1));
    expect([1, 2, 3].map((number) => versionText(upgraded.db, port, number))).toEqual([V1, V2, V3]);

    const revised = listRevisedClaims(upgraded.db, { documentId: port, limit: 10, offset: 0 });
    expect(revised.map(({ claimId, version, kind, oldQuote, newQuote }) => ({ claimId, version, kind, oldQuote, newQuote }))).toEqual([
      { claimId: pier, version: 3, kind: 'moved', oldQuote: PIER, newQuote: PIER },
      { claimId: figure, version: 2, kind: 'changed', oldQuote: FIGURE, newQuote: FIGURE.replace('300', '3,000') },
    ]);

    // The next re-import continues the numbering and keeps the text it replaces.
    const V4 = `${V3}\n\nUpdated on Monday.`;
    const outcome = replaceDocumentText(upgraded.db, port, {
      text: V4,
      contentHash: contentHash(V4),
      articleStart: null,
      commentsStart: null,
      photoCredits: [],
      sourceFile: 'port-4.txt',
      sourceFormat: 'txt',
    });
    expect(outcome.version).toBe(4);
    expect(versionText(upgraded.db, port, 3)).toBe(V3);
    expect(listVersions(upgraded.db, port).at(-1)).toMatchObject({ number: 4, current: true, sourceFile: 'port-4.txt' });
    upgraded.close();
    expect(checkWorkbench(file)).toMatchObject({ schemaVersion: APP_SCHEMA_VERSION, ok: true });
  });

  it('gives each document inserted from now on its version 1, and removes versions with the document', () => {
    const workbench = openWorkbench(file, { create: true });
    const id = addDocument(workbench.db, { text: 'Fresh text.', createdAt: '2025-01-01T00:00:00.000Z' });
    expect(listVersions(workbench.db, id)).toEqual([
      expect.objectContaining({ number: 1, current: true, importedAt: '2025-01-01T00:00:00.000Z', changed: 0, vanished: 0, moved: 0 }),
    ]);
    workbench.db.prepare('DELETE FROM documents WHERE id = ?').run(id);
    expect(workbench.db.prepare('SELECT count(*) AS n FROM document_versions').get()).toEqual({ n: 0 });
    expect(() =>
      workbench.db
        .prepare(
          `INSERT INTO claim_revisions (claim_id, document_id, version, kind, old_quote, old_start, old_end) VALUES (?, ?, 2, 'changed', 'q', 0, 1)`,
        )
        .run(addClaim(workbench.db, addDocument(workbench.db)), id),
    ).toThrow(/CHECK/);
    workbench.close();
  });
});
