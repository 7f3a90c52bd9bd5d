import type Database from 'better-sqlite3';

import type { Bundle, MergeSummary } from '../../core/bundle/format.js';
import { currentActor } from '../history.js';
import { mergeBundleAppearances } from './merge-appearances.js';
import { mergeBundleClaims } from './merge-claims.js';
import { createMergeContext } from './merge-context.js';
import { applyPendingTexts, mergeBundleDocuments } from './merge-documents.js';
import { mergeBundleEvidence } from './merge-evidence.js';
import { mergeBundleFiles } from './merge-files.js';
import { mergeBundleHistory } from './merge-history.js';
import { mergeBundleRatings } from './merge-ratings.js';
import { mergeBundleRejections } from './merge-rejections.js';
import { mergeBundleSources } from './merge-sources.js';
import { mergeBundleTags } from './merge-tags.js';

export interface MergeOutcome {
  summary: MergeSummary;
  /** Documents added or changed, for the host to announce. */
  documentIds: string[];
  /** Claims added or changed, by document. */
  claimIds: Map<string, string[]>;
  sourcesChanged: boolean;
}

/**
 * Merges a validated bundle into the workbench in one transaction: either all of it is merged or,
 * on any failure, none of it. Rows are taken in the order their references need (a claim after
 * its document, sources and verdict); the bundle's history goes last, because the steps before
 * compare against what this workbench itself recorded.
 */
export function mergeBundle(db: Database.Database, bundle: Bundle): MergeOutcome {
  return db
    .transaction((): MergeOutcome => {
      const context = createMergeContext(db, bundle, currentActor(db));
      mergeBundleFiles(context);
      mergeBundleSources(context);
      mergeBundleRatings(context);
      const pendingTexts = mergeBundleDocuments(context);
      mergeBundleTags(context);
      mergeBundleClaims(context);
      mergeBundleEvidence(context);
      mergeBundleAppearances(context);
      mergeBundleRejections(context);
      applyPendingTexts(context, pendingTexts);
      mergeBundleHistory(context);
      return {
        summary: context.summary,
        documentIds: [...context.changedDocuments],
        claimIds: new Map([...context.changedClaims].map(([documentId, ids]) => [documentId, [...ids]])),
        sourcesChanged: context.sourcesChanged,
      };
    })
    .immediate();
}
