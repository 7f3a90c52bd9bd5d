import type Database from 'better-sqlite3';

import { matchQuote } from '../../core/anchoring.js';
import { anchorInText } from '../../core/anchoring/span-anchor.js';
import type { AppearanceCandidate, ClaimAppearances } from '../../core/api/claim-results.js';
import { ApiError } from '../../core/api/result.js';
import type { ClaimAppearance } from '../../core/domain.js';
import { appearanceHistoryValue } from '../../core/review/appearance-history.js';
import { anyWordQuery, comparePublished, distinctiveWords, earliestAppearance, wordingSimilarity } from '../../core/review/appearances.js';
import { recordHistory } from '../history.js';
import { newId, now } from '../ids.js';
import { statement } from '../statement-cache.js';
import { writeTransaction } from '../write-transaction.js';
import { getClaim } from './claims.js';
import { getDocument } from './document-detail.js';

/** Words of the quote full-text search looks for to pick candidate documents. */
const SEARCH_WORDS = 8;
/**
 * Documents read in full per search, best full-text matches first. A document repeating the
 * sentence shares nearly all its words, so it ranks near the top; the cap keeps a search over a
 * large workbench to a few hundred approximate matches.
 */
const MAX_CANDIDATE_DOCUMENTS = 200;

/** Reads a ClaimAppearance exactly as the domain has it: every column is already in its final form. */
const APPEARANCE_SELECT = `
  SELECT a.id, a.claim_id AS claimId, a.document_id AS documentId, d.title AS documentTitle, d.url AS documentUrl,
         d.published_at AS publishedAt, a.quote, a.start_offset AS start, a.end_offset AS end, a.score
  FROM claim_appearances a JOIN documents d ON d.id = a.document_id`;

/**
 * Passages of other live documents that repeat a claim's words exactly or nearly, best first,
 * at most one per document (its best). Full-text search on the quote's most distinctive words
 * picks the documents worth reading; the approximate quote matcher then scores each.
 */
export function findAppearances(db: Database.Database, claimId: string, minScore: number, limit: number): AppearanceCandidate[] {
  const claim = getClaim(db, claimId);
  const quote = claim.quote.trim();
  const match = anyWordQuery(distinctiveWords(quote, SEARCH_WORDS));
  if (!match) return [];
  const candidates = statement(
    db,
    `SELECT d.id FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
     WHERE documents_fts MATCH ? AND d.deleted_at IS NULL AND d.id <> ?
     ORDER BY bm25(documents_fts) LIMIT ?`,
  ).all(match, claim.documentId, MAX_CANDIDATE_DOCUMENTS) as { id: string }[];
  const linked = statement(db, `${APPEARANCE_SELECT} WHERE a.claim_id = ?`).all(claimId) as ClaimAppearance[];
  const found: AppearanceCandidate[] = [];
  const read = statement(db, 'SELECT title, url, published_at AS publishedAt, text FROM documents WHERE id = ?');
  for (const { id } of candidates) {
    const document = read.get(id) as { title: string; url: string | null; publishedAt: string | null; text: string };
    const hit = matchQuote(document.text, quote);
    if (!hit || hit.score < minScore) continue;
    const link = linked.find((a) => a.documentId === id && a.start < hit.end && hit.start < a.end);
    found.push({
      documentId: id,
      documentTitle: document.title,
      documentUrl: document.url,
      publishedAt: document.publishedAt,
      quote: document.text.slice(hit.start, hit.end),
      start: hit.start,
      end: hit.end,
      score: hit.score,
      appearanceId: link?.id ?? null,
    });
  }
  found.sort(
    (a, b) => b.score - a.score || comparePublished(a.publishedAt, b.publishedAt) || a.documentTitle.localeCompare(b.documentTitle),
  );
  return found.slice(0, limit);
}

function getAppearance(db: Database.Database, id: string): ClaimAppearance {
  const row = statement(db, `${APPEARANCE_SELECT} WHERE a.id = ?`).get(id) as ClaimAppearance | undefined;
  if (!row) throw new ApiError('not_found', `There is no linked appearance with the ID ${id}.`);
  return row;
}

/** Records that a span of another document is the same claim. Linking the same span twice keeps one link. */
export function linkAppearance(
  db: Database.Database,
  claimId: string,
  documentId: string,
  span: { start: number; end: number },
): ClaimAppearance {
  return writeTransaction(db, () => {
    const claim = getClaim(db, claimId);
    if (documentId === claim.documentId) {
      throw new ApiError(
        'invalid_arguments',
        'An appearance is a passage of another document; this is the document the claim was made in.',
      );
    }
    const { text } = getDocument(db, documentId);
    const anchor = anchorInText(text, span.start, span.end, 'The appearance');
    const existing = statement(
      db,
      'SELECT id FROM claim_appearances WHERE claim_id = ? AND document_id = ? AND start_offset = ? AND end_offset = ?',
    ).get(claimId, documentId, anchor.start, anchor.end) as { id: string } | undefined;
    if (existing) return getAppearance(db, existing.id);
    const id = newId();
    const score = wordingSimilarity(claim.quote.trim(), anchor.quote.trim());
    statement(
      db,
      `INSERT INTO claim_appearances (id, claim_id, document_id, quote, start_offset, end_offset, score, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(id, claimId, documentId, anchor.quote, anchor.start, anchor.end, score, now());
    const appearance = getAppearance(db, id);
    recordHistory(db, {
      entity: 'claim',
      entityId: claimId,
      claimId,
      action: 'link',
      field: 'appearance',
      newValue: appearanceHistoryValue(appearance),
    });
    return appearance;
  });
}

/** Forgets a linked appearance; the history keeps where it was. */
export function unlinkAppearance(db: Database.Database, appearanceId: string): ClaimAppearance {
  return writeTransaction(db, () => {
    const appearance = getAppearance(db, appearanceId);
    getClaim(db, appearance.claimId);
    statement(db, 'DELETE FROM claim_appearances WHERE id = ?').run(appearanceId);
    recordHistory(db, {
      entity: 'claim',
      entityId: appearance.claimId,
      claimId: appearance.claimId,
      action: 'unlink',
      field: 'appearance',
      oldValue: appearanceHistoryValue(appearance),
    });
    return appearance;
  });
}

/**
 * The linked appearances in live documents, earliest published first, and the first place the
 * claim was published: the claim's own document when it is dated no later than every appearance.
 */
export function claimAppearances(db: Database.Database, claimId: string): ClaimAppearances {
  const claim = getClaim(db, claimId);
  const appearances = (
    statement(db, `${APPEARANCE_SELECT} WHERE a.claim_id = ? AND d.deleted_at IS NULL`).all(claimId) as ClaimAppearance[]
  ).sort((a, b) => comparePublished(a.publishedAt, b.publishedAt) || a.documentTitle.localeCompare(b.documentTitle) || a.start - b.start);
  const own = ownAppearance(db, claim);
  return { appearances, firstAppearance: earliestAppearance(own ? [own, ...appearances] : appearances) };
}

/** The claim's own document as an appearance (id = the claim's); an orphan has no place to give. */
function ownAppearance(db: Database.Database, claim: ReturnType<typeof getClaim>): ClaimAppearance | null {
  if (claim.start === null || claim.end === null) return null;
  const document = statement(db, 'SELECT title, url, published_at AS publishedAt FROM documents WHERE id = ?').get(claim.documentId) as {
    title: string;
    url: string | null;
    publishedAt: string | null;
  };
  return {
    id: claim.id,
    claimId: claim.id,
    documentId: claim.documentId,
    documentTitle: document.title,
    documentUrl: document.url,
    publishedAt: document.publishedAt,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    score: 1,
  };
}
