import { afterAll, describe, expect, it } from 'vitest';
import { openWorkbench } from '../../../db/workbench.js';
import { makeTempDir } from '../../support/temp-dir.js';
import { addClaim, addDocument } from './support/rows.js';

const temp = makeTempDir();
const workbench = openWorkbench(temp.file('search.claimtrace'), { create: true });
const { db } = workbench;

afterAll(() => {
  workbench.close();
  temp.remove();
});

function documentsMatching(query: string): string[] {
  const rows = db
    .prepare(
      `SELECT d.title FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
       WHERE documents_fts MATCH ? ORDER BY d.title`,
    )
    .all(query) as { title: string }[];
  return rows.map((row) => row.title);
}

function claimsMatching(query: string): string[] {
  const rows = db
    .prepare(`SELECT c.id FROM claims_fts JOIN claims c ON c.seq = claims_fts.rowid WHERE claims_fts MATCH ?`)
    .all(query) as { id: string }[];
  return rows.map((row) => row.id);
}

describe('full-text search', () => {
  const turkey = addDocument(db, {
    title: 'Turkey accuses coalition',
    text: 'President Erdoğan said the coalition had armed the militants near Manbij.',
  });
  addDocument(db, { title: 'Idlib deal', text: 'Militants refuse the deal, Fars News Agency said.' });

  it('finds words whatever their accents', () => {
    expect(documentsMatching('erdogan')).toEqual(['Turkey accuses coalition']);
    expect(documentsMatching('ERDOĞAN')).toEqual(['Turkey accuses coalition']);
    expect(documentsMatching('militants')).toEqual(['Idlib deal', 'Turkey accuses coalition']);
  });

  it('follows edits and deletions of documents', () => {
    db.prepare(`UPDATE documents SET text = 'The statement was withdrawn.' WHERE id = ?`).run(turkey);
    expect(documentsMatching('erdogan')).toEqual([]);
    expect(documentsMatching('withdrawn')).toEqual(['Turkey accuses coalition']);
    db.prepare('DELETE FROM documents WHERE id = ?').run(turkey);
    expect(documentsMatching('withdrawn')).toEqual([]);
    expect(() => db.exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('searches claim quotes, statements, claimants, rationales and notes', () => {
    const documentId = addDocument(db, { title: 'Claims' });
    const claimId = addClaim(db, documentId, {
      quote: 'armed the militants',
      statement: 'The coalition armed militants',
      claimant: 'Recep Tayyip Erdoğan',
      rationaleText: 'No delivery records were found.',
      notesText: 'Ask the Pentagon press office.',
    });
    for (const word of ['armed', 'coalition', 'erdogan', 'delivery', 'pentagon']) {
      expect(claimsMatching(word), word).toEqual([claimId]);
    }
    db.prepare(`UPDATE claims SET notes_text = 'Asked; no reply.' WHERE id = ?`).run(claimId);
    expect(claimsMatching('pentagon')).toEqual([]);
    expect(claimsMatching('reply')).toEqual([claimId]);
    db.prepare('DELETE FROM claims WHERE id = ?').run(claimId);
    expect(claimsMatching('reply')).toEqual([]);
    expect(() => db.exec(`INSERT INTO claims_fts (claims_fts) VALUES ('integrity-check')`)).not.toThrow();
  });

  it('keeps finding documents after the file is vacuumed', () => {
    addDocument(db, { title: 'Later', text: 'Sputnik reported a convoy.' });
    db.exec('VACUUM');
    expect(documentsMatching('convoy')).toEqual(['Later']);
    expect(() => db.exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`)).not.toThrow();
  });
});
