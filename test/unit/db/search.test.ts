import { afterAll, describe, expect, it } from 'vitest';

import { SNIPPET_MARK_END as END, SNIPPET_MARK_START as START } from '../../../core/domain.js';
import { searchClaims } from '../../../db/queries/claim-search.js';
import { searchDocuments } from '../../../db/queries/document-search.js';
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
  const rows = db.prepare(`SELECT c.id FROM claims_fts JOIN claims c ON c.seq = claims_fts.rowid WHERE claims_fts MATCH ?`).all(query) as {
    id: string;
  }[];
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

describe('document search across English forms and spellings', () => {
  const british = addDocument(db, {
    title: 'Buffer zone agreed',
    text: 'The demilitarised zone is centred on the old defence line. The organisation analysed the colour of the flags; observers travelled there. Reuters reports it.',
  });
  const american = addDocument(db, {
    title: 'Observers arrive',
    text: 'A demilitarized zone was announced. The center of the defense organization analyzed the color code after officials traveled north, Sputnik reported.',
  });
  const russian = addDocument(db, { title: 'Заявление', text: 'Президент Путин заявил, что переговоры продолжатся.' });
  const arabic = addDocument(db, { title: 'بيان', text: 'قالت وكالة فارس إن المفاوضات مستمرة.' });

  const found = (query: string) => searchDocuments(db, query, 50).map((hit) => hit.documentId);

  it.each([
    ['demilitarised', 'demilitarized'],
    ['centre', 'center'],
    ['defence', 'defense'],
    ['travelled', 'traveled'],
    ['organisation', 'organization'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
  ])('finds "%s" and "%s" in either spelling', (one, other) => {
    expect(found(one).sort()).toEqual([british, american].sort());
    expect(found(other).sort()).toEqual([british, american].sort());
  });

  it('finds inflections: "reports" finds "reported" and "reporting"', () => {
    expect(found('reports')).toEqual(expect.arrayContaining([british, american]));
    const reporting = addDocument(db, { title: 'Wire', text: 'Reporting from Hama was difficult.' });
    expect(found('reports')).toContain(reporting);
    expect(found('reported')).toContain(reporting);
  });

  it('marks the forms it matched in the snippet and opens at the first of them', () => {
    const [hit] = searchDocuments(db, '"demilitarised zone" announcement', 50);
    expect(hit!.documentId).toBe(american);
    expect(hit!.snippet).toContain(`${START}demilitarized zone${END} was ${START}announced${END}`);
    const text = (db.prepare('SELECT text FROM documents WHERE id = ?').get(american) as { text: string }).text;
    expect(text.slice(hit!.matchStart!, hit!.matchEnd!)).toBe('demilitarized zone');
  });

  it('keeps phrases as phrases, accents folded and other scripts searchable', () => {
    expect(found('"zone demilitarized"')).toEqual([]);
    expect(found('"demilitarized zones"').sort()).toEqual([british, american].sort());
    expect(found('путин')).toEqual([russian]);
    expect(found('заявил')).toEqual([russian]);
    expect(found('заяви')).toEqual([]);
    expect(found('المفاوضات')).toEqual([arabic]);
    expect(found('"وكالة فارس"')).toEqual([arabic]);
  });

  it('finds claims by other forms of their words', () => {
    const claimId = addClaim(db, british, {
      statement: 'Observers travelled to the demilitarised zone',
      quote: 'observers travelled there',
    });
    expect(searchClaims(db, 'traveling observer', 10).map((claim) => claim.id)).toEqual([claimId]);
    expect(searchClaims(db, 'demilitarized', 10).map((claim) => claim.id)).toEqual([claimId]);
  });
});

describe('where a search hit lies', () => {
  const PAGE =
    'Home | World | Sport\nGlossary: the Latakia accord.\nTalks in Sochi\nThe Latakia accord was signed on Monday.\nComments\nReader: the Hmeimim base is mine.';
  const page = addDocument(db, { title: 'Talks in Sochi', text: PAGE });
  db.prepare('UPDATE documents SET article_start = ?, comments_start = ? WHERE id = ?').run(
    PAGE.indexOf('Talks in'),
    PAGE.indexOf('Comments'),
    page,
  );
  const hitFor = (query: string) => searchDocuments(db, query, 50).find((hit) => hit.documentId === page)!;

  it('says whether the first match is in the article, the reader comments or the page text before the article', () => {
    expect(hitFor('signed').matchIn).toBe('article');
    expect(hitFor('Hmeimim').matchIn).toBe('comments');
    expect(hitFor('glossary').matchIn).toBe('furniture');
    // The first match decides: the accord is named in the glossary before the article names it.
    expect(hitFor('accords').matchIn).toBe('furniture');
    // A match in the title only belongs to the article.
    const titled = addDocument(db, { title: 'Kestrel report', text: 'Nothing here names the bird.' });
    expect(searchDocuments(db, 'kestrel', 50).find((hit) => hit.documentId === titled)).toMatchObject({
      matchStart: null,
      matchIn: 'article',
    });
  });

  it('treats a document without boundaries as all article', () => {
    const plain = addDocument(db, { title: 'Plain', text: 'The Hmeimim base was quiet.' });
    expect(searchDocuments(db, 'hmeimim', 50).find((hit) => hit.documentId === plain)!.matchIn).toBe('article');
  });
});
