import { randomUUID } from 'node:crypto';

import type Database from 'better-sqlite3';

import type { ExportScope } from '../../core/api/exports.js';
import type { ClaimInContext, Rating, Source } from '../../core/domain.js';
import { type ReportAppearance, type ReportClaim, type ReportDocument, type ReportModel, reportScale } from '../../core/reports/model.js';
import { earliestAppearance } from '../../core/review/appearances.js';
import { foldReviewerName } from '../../core/review/assignee.js';
import { originCounts } from '../../core/review/origins.js';
import { originName } from '../../core/vocabulary/origins.js';
import { now } from '../ids.js';
import { revisionsByClaim } from '../queries/claim-revisions.js';
import { claimsInContext } from '../queries/claims.js';
import { originsByClaim } from '../queries/origins.js';
import { getSettings } from '../queries/settings.js';
import {
  allRatings,
  appearancesByClaim,
  evidenceByClaim,
  historyByClaim,
  reportDocuments,
  sourceKindsByName,
  sourcesById,
  sourceWikidataIdsByName,
} from './report-rows.js';
import { resolveScope } from './report-scope.js';

export interface ReportModelOptions {
  title?: string;
  /** Print each claim's audit history in HTML and Markdown reports (left out unless asked). */
  history?: boolean;
  /** Note beside each claim how later versions of its article changed its words (unless false). */
  revisionNotes?: boolean;
  /** Names the report of a whole workbench; the connection does not know its file name. */
  workbenchName?: string;
}

/**
 * Everything a report shows about one document, a selection of claims or the whole workbench:
 * live documents and claims only, each claim with its verdict, rationale, chain, evidence,
 * history and appearances. Read in one snapshot, so a report never mixes two states.
 */
export function buildReportModel(db: Database.Database, scope: ExportScope, options: ReportModelOptions = {}): ReportModel {
  return db
    .transaction(() => {
      const resolved = resolveScope(db, scope, options.workbenchName ?? '');
      const settings = getSettings(db);
      const claims = claimsInContext(db, resolved.claimIds);
      const documents = reportDocuments(db, resolved.documentIds);
      const ratings = allRatings(db);
      const reportClaims = toReportClaims(db, claims, documents, ratings);
      if (options.revisionNotes !== false) addRevisions(db, reportClaims);
      addOrigins(db, reportClaims);

      const sourceIds = [...new Set(reportClaims.flatMap((claim) => claim.hops.map((hop) => hop.sourceId)))];
      const citing = new Map<string, number>();
      for (const claim of reportClaims) {
        for (const sourceId of new Set(claim.hops.map((hop) => hop.sourceId))) citing.set(sourceId, (citing.get(sourceId) ?? 0) + 1);
      }
      // Unconfirmed sources (created from suggestions, not yet vouched for) are not listed as sources.
      const sources = sourcesById(db, sourceIds)
        .filter((source) => source.confirmed)
        .map((source) => ({ ...source, claimCount: citing.get(source.id) ?? 0 }));

      // Archived ratings leave the scale, except where a claim in the report still carries one.
      const used = new Set(reportClaims.map((claim) => claim.ratingId));
      const scale = reportScale(ratings.filter((rating) => !rating.archived || used.has(rating.id)));

      const model: ReportModel = {
        id: randomUUID(),
        title: options.title?.trim() || resolved.defaultTitle,
        scope: { kind: resolved.kind, label: resolved.label },
        generatedAt: now(),
        organization: {
          name: settings.organizationName,
          url: settings.organizationUrl,
          reviewUrlPattern: settings.reviewUrlPattern,
        },
        scale,
        documents,
        claims: withSourceItems(reportClaims, sources),
        sources,
        includeHistory: options.history ?? false,
      };
      if (settings.reviewerName.trim()) model.reviewer = settings.reviewerName.trim();
      return model;
    })
    .deferred();
}

/** Each claim's independent origins, as reports state them beside the verdict. */
function addOrigins(db: Database.Database, claims: ReportClaim[]): void {
  const origins = originsByClaim(
    db,
    claims.map((claim) => claim.id),
  );
  for (const claim of claims) {
    const own = origins.get(claim.id);
    if (own) claim.origins = { ...originCounts(own), names: own.origins.map(originName) };
  }
}

/** Each claim's revisions, on the claims that have any. */
function addRevisions(db: Database.Database, claims: ReportClaim[]): void {
  const revisions = revisionsByClaim(
    db,
    claims.map((claim) => claim.id),
  );
  for (const claim of claims) {
    const own = revisions.get(claim.id);
    if (own) claim.revisions = own;
  }
}

function toReportClaims(
  db: Database.Database,
  claims: readonly ClaimInContext[],
  documents: readonly ReportDocument[],
  ratings: readonly Rating[],
): ReportClaim[] {
  const ids = claims.map((claim) => claim.id);
  const evidence = evidenceByClaim(db, ids);
  const history = historyByClaim(db, ids);
  const appearances = appearancesByClaim(db, ids);
  const claimantKinds = sourceKindsByName(
    db,
    claims.map((claim) => claim.claimant),
  );
  const claimantItems = sourceWikidataIdsByName(
    db,
    claims.map((claim) => claim.claimant),
  );
  const ratingById = new Map(ratings.map((rating) => [rating.id, rating]));
  const documentById = new Map(documents.map((document) => [document.id, document]));
  return claims.map((claim): ReportClaim => {
    const { documentTitle: _title, documentOutlet: _outlet, documentPublishedAt: _published, ...plain } = claim;
    const linked = appearances.get(claim.id) ?? [];
    return {
      ...plain,
      rating: claim.ratingId ? (ratingById.get(claim.ratingId) ?? null) : null,
      rationaleText: claim.rationaleText,
      rationaleJson: claim.rationaleJson ?? null,
      evidence: evidence.get(claim.id) ?? [],
      history: history.get(claim.id) ?? [],
      appearances: linked,
      claimantKind: claimantKinds.get(foldReviewerName(claim.claimant)) ?? null,
      claimantWikidataId: claimantItems.get(foldReviewerName(claim.claimant)) ?? null,
      firstAppearance: firstAppearance(claim, documentById.get(claim.documentId), linked),
    };
  });
}

/**
 * Where the claim was published first: its own document or a linked appearance, whichever is
 * dated earliest (the own document wins a tie). The own document is given as an appearance whose
 * ID is the claim's, as the appearances API does.
 */
function firstAppearance(
  claim: ClaimInContext,
  document: ReportDocument | undefined,
  linked: readonly ReportAppearance[],
): ReportAppearance | null {
  const own: ReportAppearance = {
    id: claim.id,
    claimId: claim.id,
    documentId: claim.documentId,
    documentTitle: document?.title ?? claim.documentTitle,
    documentUrl: document?.url ?? null,
    publishedAt: document?.publishedAt ?? claim.documentPublishedAt,
    quote: claim.quote,
    start: claim.start ?? 0,
    end: claim.end ?? 0,
    score: 1,
    outlet: document?.outlet ?? claim.documentOutlet,
    outletWikidataId: document?.outletWikidataId ?? null,
  };
  return earliestAppearance([own, ...linked]);
}

/**
 * The claims with the Wikidata item of each hop's source, from the report's sources: confirmed
 * sources only, as everywhere in a report.
 */
function withSourceItems(claims: readonly ReportClaim[], sources: readonly Source[]): ReportClaim[] {
  const items = new Map(sources.map((source) => [source.id, source.wikidataId]));
  return claims.map((claim) => ({
    ...claim,
    hops: claim.hops.map((hop) => ({ ...hop, sourceWikidataId: items.get(hop.sourceId) ?? null })),
  }));
}
