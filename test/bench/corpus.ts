// A synthetic but realistic workbench for the benchmarks: wire-style articles with attribution
// phrases, each with claims and two-hop chains, built through the same code the app uses.
import { randomUUID } from 'node:crypto';

import type Database from 'better-sqlite3';

import { createAnchor } from '../../core/anchoring.js';
import { contentHash, normaliseText } from '../../core/text/normalise.js';
import { insertDocument } from '../../db/import/insert-document.js';
import { createClaim } from '../../db/queries/claim-create.js';

const OUTLETS = ['TASS', 'Sputnik', 'Fars', 'AFP', 'Reuters', 'Anadolu Agency', 'Al Jazeera', 'Xinhua'];
const PLACES = ['Idlib', 'Latakia', 'Hama', 'Aleppo', 'Deir ez-Zor', 'Raqqa', 'Qamishli', 'Afrin'];
const WORDS =
  'ceasefire patrol convoy agreement ministry spokesman observers buffer zone weapons militants delegation talks corridor shelling'.split(
    ' ',
  );

function paragraph(seed: number): string {
  const outlet = OUTLETS[seed % OUTLETS.length]!;
  const place = PLACES[(seed >> 3) % PLACES.length]!;
  const words = Array.from({ length: 28 }, (_, i) => WORDS[(seed * 7 + i * 13) % WORDS.length]).join(' ');
  return `"The situation near ${place} remains tense after the ${words}," a spokesman told ${outlet} on day ${seed}.`;
}

export function articleText(index: number, paragraphs = 12): string {
  const body = Array.from({ length: paragraphs }, (_, p) => paragraph(index * 31 + p)).join('\n\n');
  return `Report ${index}: fighting around ${PLACES[index % PLACES.length]}\n\nMonday 1 October 2018\n\n${body}`;
}

export function addDocuments(db: Database.Database, count: number, claimsPerDocument: number): string[] {
  const ids: string[] = [];
  const afp = (db.prepare("SELECT id FROM sources WHERE name = 'AFP'").get() as { id: string }).id;
  for (let i = 0; i < count; i++) {
    const text = normaliseText(articleText(i));
    const documentId = insertBenchDocument(db, `report-${i}.txt`, text, {
      title: `Report ${i}`,
      outlet: OUTLETS[i % OUTLETS.length]!,
      url: `https://example.org/report-${i}`,
    });
    ids.push(documentId);
    let at = 0;
    for (let c = 0; c < claimsPerDocument; c++) {
      const start = text.indexOf('"The situation', at);
      if (start < 0) break;
      const end = text.indexOf('"', start + 1) + 1;
      at = end;
      createAnchor(text, start, end);
      createClaim(db, {
        documentId,
        start,
        end,
        hops: [
          { sourceId: afp, kind: 'quote' },
          { newSource: { name: `Spokesman ${c % 20}`, kind: 'person' }, kind: 'quote' },
        ],
      });
    }
  }
  return ids;
}

/** Adds one plain-text English document as an import would, and returns its ID. */
export function insertBenchDocument(
  db: Database.Database,
  file: string,
  text: string,
  fields: { title: string; outlet: string; url?: string | null; contentHash?: string },
): string {
  const outcome = insertDocument(db, file, {
    text,
    contentHash: fields.contentHash ?? contentHash(text),
    title: fields.title,
    outlet: fields.outlet,
    author: null,
    url: fields.url ?? null,
    publishedAt: '2018-10-01',
    language: 'en',
    direction: 'ltr',
    commentsStart: null,
    photoCredits: [],
    provenance: {},
    sourceFormat: 'txt',
  });
  if (outcome.status !== 'imported') throw new Error(`${file} was not imported`);
  return outcome.document.id;
}

/**
 * Links the first claim of every document to the first claim of the next `perStory - 1` documents
 * as appearances of it, the way a reviewer records one story carried by several outlets.
 */
export function linkStories(db: Database.Database, documentIds: readonly string[], perStory: number): void {
  const firstClaim = db.prepare(
    'SELECT id, quote, start_offset AS start, end_offset AS end FROM claims WHERE document_id = ? ORDER BY start_offset LIMIT 1',
  );
  const insert = db.prepare(
    `INSERT INTO claim_appearances (id, claim_id, document_id, quote, start_offset, end_offset, score, created_at)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const at = new Date().toISOString();
  db.transaction(() => {
    for (let story = 0; story + perStory <= documentIds.length; story += perStory) {
      const lead = firstClaim.get(documentIds[story]) as { id: string } | undefined;
      if (!lead) continue;
      for (let copy = story + 1; copy < story + perStory; copy++) {
        const claim = firstClaim.get(documentIds[copy]) as { quote: string; start: number; end: number } | undefined;
        if (claim) insert.run(randomUUID(), lead.id, documentIds[copy], claim.quote, claim.start, claim.end, at);
      }
    }
  })();
}

/** How many claims the linked appearances join to claims in other documents. */
export function linkedClaims(db: Database.Database): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM claims c WHERE c.id IN (SELECT claim_id FROM claim_appearances)
         OR EXISTS (SELECT 1 FROM claim_appearances a WHERE a.document_id = c.document_id
                    AND a.start_offset < c.end_offset AND c.start_offset < a.end_offset)`,
    )
    .get() as { n: number };
  return row.n;
}
