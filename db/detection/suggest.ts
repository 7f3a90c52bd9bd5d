import type Database from 'better-sqlite3';

import type { Suggestion } from '../../core/detection/index.js';
import { rejectedMatcher } from '../../core/detection/rejections.js';
import { listClaims } from '../queries/claims.js';
import { getDocument } from '../queries/document-detail.js';
import { listSources } from '../queries/sources.js';
import { listRejections } from '../queries/suggestion-rejections.js';
import { claimCoverage } from './already-claimed.js';
import { detectInWorker } from './worker/detection-runner.js';

/**
 * Attributions detection finds in a document's stored text (in the detection worker), using this workbench's registry
 * (merged sources are folded into their targets), minus those a live claim already stands for and
 * those a reviewer rejected.
 */
export async function suggestForDocument(db: Database.Database, documentId: string, includeComments: boolean): Promise<Suggestion[]> {
  const document = getDocument(db, documentId);
  const registry = listSources(db).map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases }));
  const suggestions = await detectInWorker(document.text, registry, {
    articleStart: document.articleStart,
    commentsStart: document.commentsStart,
    includeComments,
  });
  // Read after detection: claims made or suggestions rejected meanwhile count too.
  const claimed = claimCoverage(listClaims(db, documentId));
  const rejected = rejectedMatcher(listRejections(db, documentId));
  return suggestions.filter((suggestion) => !claimed.covers(suggestion) && !rejected(suggestion));
}
