// `npm run bench`: how much the app's own work costs over the raw SQLite/FTS5 (or string) work it
// wraps, on this machine, as ratios. Absolute times vary between machines; ratios travel. Exits
// non-zero when a ratio exceeds its target.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { matchQuote } from '../../core/anchoring.js';
import { renderCsv } from '../../core/reports/index.js';
import { contentHash, normaliseText } from '../../core/text/normalise.js';
import { listClaims } from '../../db/queries/claims.js';
import { searchDocuments } from '../../db/queries/document-search.js';
import { listDocuments } from '../../db/queries/documents.js';
import { originsByClaim } from '../../db/queries/origins.js';
import { reviewQueue } from '../../db/queries/review-queue.js';
import { buildReportModel } from '../../db/reports/build-report-model.js';
import { openWorkbench } from '../../db/workbench.js';
import { addDocuments, articleText, insertBenchDocument, linkedClaims, linkStories } from './corpus.js';
import { benchDetection } from './detection.js';
import { benchHugeDocument } from './huge-document.js';
import { type BenchResult, type BudgetResult, compare, report, time } from './measure.js';
import { benchSavedPages } from './saved-pages.js';

const DOCUMENTS = Number(process.env.BENCH_DOCUMENTS ?? 2000);
const CLAIMS_PER_DOCUMENT = 5;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimtrace-bench-'));
const results: BenchResult[] = [];
const budgets: BudgetResult[] = [];

try {
  // Saved pages first: their memory figure needs a heap that no other measure has grown yet.
  // Their rows are listed after the SQLite measures.
  console.log('Importing generated saved pages…');
  const savedPages = await benchSavedPages();

  console.log(`Building a workbench of ${DOCUMENTS} documents and ${DOCUMENTS * CLAIMS_PER_DOCUMENT} claims…`);
  const workbench = openWorkbench(path.join(dir, 'bench.claimtrace'), { create: true });
  const db = workbench.db;
  const started = Date.now();
  const ids = addDocuments(db, DOCUMENTS, CLAIMS_PER_DOCUMENT);
  console.log(`  built in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);

  // Detection first: its cold figure needs the first detection call in this process.
  // Its rows are listed last, after the SQLite measures.
  const detection = await benchDetection(db);

  // The same SQLite file format and settings, without the app: the yardstick.
  const raw = new Database(path.join(dir, 'raw.sqlite'));
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.exec(`CREATE TABLE docs (seq INTEGER PRIMARY KEY, id TEXT UNIQUE, title TEXT, created_at TEXT, text TEXT) STRICT;
    CREATE VIRTUAL TABLE docs_fts USING fts5(title, text, content='docs', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
    CREATE TRIGGER docs_ai AFTER INSERT ON docs BEGIN INSERT INTO docs_fts(rowid, title, text) VALUES (new.seq, new.title, new.text); END;
    CREATE INDEX docs_created ON docs(created_at);`);

  // 1. Importing a document: one transaction with duplicate check, source lookup, history and FTS.
  let n = 0;
  const texts = Array.from({ length: 50 }, (_, i) => normaliseText(articleText(100_000 + i)));
  const appImport = time(
    () => {
      for (const text of texts) {
        insertBenchDocument(db, `b-${n}.txt`, `${text}\n\nRun ${n++}`, {
          title: 'Bench',
          outlet: 'Reuters',
          contentHash: contentHash(`${text} ${n}`),
        });
      }
    },
    { runs: 5 },
  );
  const insertRaw = raw.prepare('INSERT INTO docs (id, title, created_at, text) VALUES (?, ?, ?, ?)');
  let m = 0;
  const rawImport = time(
    () => {
      for (const text of texts) raw.transaction(() => insertRaw.run(`r-${m++}`, 'Bench', new Date().toISOString(), text))();
    },
    { runs: 5 },
  );
  results.push(compare('import 50 documents', appImport, rawImport, 6));
  raw.transaction(() => {
    for (let i = 0; i < DOCUMENTS; i++)
      insertRaw.run(`d-${i}`, `Report ${i}`, new Date(Date.now() + i).toISOString(), normaliseText(articleText(i)));
  })();

  // 2. The library's first page, with each document's claim counts; raw is the same SQL by hand.
  const rawList = db.prepare(
    `SELECT id, title, outlet, created_at,
            (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.deleted_at IS NULL),
            (SELECT count(*) FROM claims c WHERE c.document_id = d.id AND c.status = 'done' AND c.deleted_at IS NULL)
     FROM documents d WHERE d.deleted_at IS NULL ORDER BY created_at DESC LIMIT 500`,
  );
  results.push(
    compare(
      'documents.list (500 rows, counts)',
      time(() => listDocuments(db, { sort: 'createdAt', descending: true, offset: 0, limit: 500 })),
      time(() => rawList.all()),
      3,
    ),
  );

  // 3. Full-text search with ranked, highlighted snippets.
  results.push(
    compare(
      'documents.search (50 hits)',
      time(() => searchDocuments(db, 'ceasefire Latakia', 50)),
      time(() =>
        raw
          .prepare(
            `SELECT rowid, snippet(docs_fts, 1, '[', ']', '…', 24) FROM docs_fts WHERE docs_fts MATCH ?
             ORDER BY bm25(docs_fts) LIMIT 50`,
          )
          .all('"ceasefire" "Latakia"'),
      ),
      4,
    ),
  );

  // 3b. One huge document full of matches: search runs on the host's event loop, so the whole call
  // is how long the host stops answering. FTS5's own snippet() grew with the square of the matches
  // (29 s for 40,000); the snippet is now cut in linear time, and the budget is the host's 100 ms.
  const paragraph = 'The convoy crossed the border near Idlib and the ministry said it had no details. ';
  insertBenchDocument(db, 'many-matches.txt', paragraph.repeat(43_000), { title: 'Many matches', outlet: 'Reuters' });
  const manyMatches = time(() => searchDocuments(db, 'convoy', 50), { runs: 5 });
  budgets.push({
    name: 'documents.search in a 3.5 MB document with 43,000 matches (the host waits)',
    ms: manyMatches.medianMs,
    limitMs: 100,
  });

  // 4. Opening a document's claims with their chains.
  const documentId = ids[Math.floor(ids.length / 2)]!;
  results.push(
    compare(
      'claims.list (one document)',
      time(() => listClaims(db, documentId), { runs: 21 }),
      time(
        () =>
          db
            .prepare(
              `SELECT c.*, h.*, s.name FROM claims c LEFT JOIN attribution_hops h ON h.claim_id = c.id
               LEFT JOIN sources s ON s.id = h.source_id WHERE c.document_id = ?`,
            )
            .all(documentId),
        { runs: 21 },
      ),
      8,
    ),
  );

  // 5. The review queue's first page over every claim.
  results.push(
    compare(
      'review.queue (100 of all claims)',
      time(() => reviewQueue(db, { sort: 'document', offset: 0, limit: 100 } as Parameters<typeof reviewQueue>[1])),
      time(() =>
        db
          .prepare(
            `SELECT c.*, d.title FROM claims c JOIN documents d ON d.id = c.document_id
             WHERE c.deleted_at IS NULL ORDER BY d.title, c.start_offset LIMIT 100`,
          )
          .all(),
      ),
      8,
    ),
  );

  // 6. Anchoring a quote in a 1 MB document. Exact anchoring must see every occurrence to pick
  // the one whose context agrees, so the raw work is finding all occurrences with indexOf.
  const big = Array.from({ length: 220 }, (_, i) => articleText(i)).join('\n\n');
  const quote = big.slice(Math.floor(big.length * 0.8), Math.floor(big.length * 0.8) + 200);
  const allOccurrences = () => {
    let count = 0;
    for (let at = big.indexOf(quote); at >= 0; at = big.indexOf(quote, at + 1)) count++;
    return count;
  };
  results.push(
    compare(
      'anchor exact quote in 1 MB',
      time(() => matchQuote(big, quote), { runs: 21 }),
      time(allOccurrences, { runs: 21 }),
      4,
    ),
  );

  // 7. Gathering every claim for an export (with chains, evidence, history) and writing the CSV,
  // against reading the same rows with one hand-written join.
  results.push(
    compare(
      'export all claims to CSV',
      time(() => renderCsv(buildReportModel(db, { kind: 'workbench' })), { runs: 3 }),
      time(
        () =>
          db
            .prepare(
              `SELECT c.*, d.title, d.url, h.ordinal, s.name, hi.action FROM claims c
               JOIN documents d ON d.id = c.document_id
               LEFT JOIN attribution_hops h ON h.claim_id = c.id LEFT JOIN sources s ON s.id = h.source_id
               LEFT JOIN history hi ON hi.claim_id = c.id`,
            )
            .all(),
        { runs: 3 },
      ),
      8,
    ),
  );

  // 8. Independent origins of every claim carried by several documents (the dashboard's count and
  // the queue's single-origin filter), with one story in five documents linked as appearances, against
  // reading the same links, claims and hops.
  linkStories(db, ids, 5);
  results.push(
    compare(
      `independent origins (${linkedClaims(db)} linked claims)`,
      time(() => originsByClaim(db), { runs: 5 }),
      time(
        () => {
          db.prepare('SELECT claim_id, document_id, start_offset, end_offset FROM claim_appearances').all();
          db.prepare(
            `SELECT c.id, c.document_id, c.start_offset, c.end_offset FROM claims c
             WHERE c.deleted_at IS NULL AND (c.id IN (SELECT claim_id FROM claim_appearances)
               OR c.document_id IN (SELECT document_id FROM claim_appearances))`,
          ).all();
          db.prepare(
            'SELECT h.claim_id, s.id, s.name, s.kind, s.wikidata_id FROM attribution_hops h JOIN sources s ON s.id = h.source_id',
          ).all();
        },
        { runs: 5 },
      ),
      8,
    ),
  );

  budgets.push(...(await benchHugeDocument(db)));

  results.push(...savedPages.results);
  budgets.push(...savedPages.budgets);

  results.push(...detection.results);
  budgets.push(...detection.budgets);

  raw.close();
  workbench.close();
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const ok = report(results, budgets);
process.exitCode = ok ? 0 : 1;
