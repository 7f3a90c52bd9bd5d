// A synthetic but realistic workbench for the benchmarks: wire-style articles with attribution
// phrases, each with claims and two-hop chains, built through the same code the app uses.
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
