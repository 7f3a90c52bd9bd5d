import { afterAll, describe, expect, it } from 'vitest';

import { openWorkbench } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { addClaim, addDocument, addHistory } from './support/rows.js';

const temp = makeTempDir();
const workbench = openWorkbench(temp.file('audit.claimtrace'), { create: true });
const { db } = workbench;

afterAll(() => {
  workbench.close();
  temp.remove();
});

describe('the history of changes', () => {
  it('keeps entries exactly as they were written', () => {
    const claimId = addClaim(db, addDocument(db));
    const entryId = addHistory(db, claimId, 'status', '"unreviewed"', '"done"');
    expect(() => db.prepare(`UPDATE history SET new_value = '"in_review"' WHERE id = ?`).run(entryId)).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM history WHERE id = ?').run(entryId)).toThrow(/append-only/);
    expect(db.prepare('SELECT old_value, new_value FROM history WHERE id = ?').get(entryId)).toEqual({
      old_value: '"unreviewed"',
      new_value: '"done"',
    });
  });

  it('outlives the claim and document it describes', () => {
    const documentId = addDocument(db);
    const claimId = addClaim(db, documentId);
    addHistory(db, claimId, 'statement', '""', '"Turkey accused the coalition"');
    db.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
    expect(db.prepare('SELECT count(*) AS n FROM claims WHERE id = ?').get(claimId)).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM history WHERE claim_id = ?').get(claimId)).toEqual({ n: 1 });
  });
});
