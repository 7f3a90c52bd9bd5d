// The counts behind the summary tables and charts. Computed once here so the HTML charts, the
// tables and the Markdown summary always agree.
import { CLAIM_STATUSES, type ClaimStatus, type SourceKind } from '../domain.js';
import { STATUS_LABELS } from '../vocabulary/status-labels.js';
import { safeColor } from './colors.js';
import { UNRATED_LABEL } from './labels.js';
import type { ReportClaim, ReportModel, ReportScale } from './model.js';

export const UNRATED_KEY = 'unrated';
export const UNRATED_COLOR = '#c9c5bd';

export interface VerdictCount {
  /** The rating key, or UNRATED_KEY for claims without a verdict. */
  key: string;
  label: string;
  color: string;
  count: number;
}

export interface StatusCount {
  status: ClaimStatus;
  label: string;
  count: number;
}

export interface SourceVerdicts {
  sourceId: string;
  name: string;
  kind: SourceKind;
  /** Claims whose chain passes through the source (each claim once). */
  total: number;
  verdicts: VerdictCount[];
}

/**
 * Claims per verdict in scale order (zeros included, so a legend shows the whole scale), then any
 * rating a claim uses that the scale lacks, then the unrated claims.
 */
export function verdictCounts(claims: ReportClaim[], scale: ReportScale): VerdictCount[] {
  const counts: VerdictCount[] = scale.ratings.map((r) => ({
    key: r.key,
    label: r.label,
    color: safeColor(r.color),
    count: 0,
  }));
  const byKey = new Map(counts.map((c) => [c.key, c]));
  const unrated: VerdictCount = { key: UNRATED_KEY, label: UNRATED_LABEL, color: UNRATED_COLOR, count: 0 };
  for (const claim of claims) {
    if (!claim.rating) {
      unrated.count += 1;
      continue;
    }
    let entry = byKey.get(claim.rating.key);
    if (!entry) {
      entry = { key: claim.rating.key, label: claim.rating.label, color: safeColor(claim.rating.color), count: 0 };
      counts.push(entry);
      byKey.set(entry.key, entry);
    }
    entry.count += 1;
  }
  const visible = counts.filter((c) => c.count > 0 || scale.ratings.some((r) => r.key === c.key && !r.archived));
  return [...visible, unrated];
}

export function statusCounts(claims: ReportClaim[]): StatusCount[] {
  return CLAIM_STATUSES.map((status) => ({
    status,
    label: STATUS_LABELS[status],
    count: claims.filter((c) => c.status === status).length,
  }));
}

/** Verdicts per source, busiest source first. A claim counts once per source in its chain. */
export function verdictsBySource(model: ReportModel): SourceVerdicts[] {
  const registry = new Map(model.sources.map((s) => [s.id, s]));
  const claimsPerSource = new Map<string, { name: string; kind: SourceKind; claims: ReportClaim[] }>();
  for (const claim of model.claims) {
    const seen = new Set<string>();
    for (const hop of claim.hops) {
      if (seen.has(hop.sourceId)) continue;
      seen.add(hop.sourceId);
      const known = registry.get(hop.sourceId);
      const entry = claimsPerSource.get(hop.sourceId) ?? {
        name: known?.name ?? hop.sourceName,
        kind: known?.kind ?? hop.sourceKind,
        claims: [],
      };
      entry.claims.push(claim);
      claimsPerSource.set(hop.sourceId, entry);
    }
  }
  return [...claimsPerSource.entries()]
    .map(([sourceId, entry]) => ({
      sourceId,
      name: entry.name,
      kind: entry.kind,
      total: entry.claims.length,
      verdicts: verdictCounts(entry.claims, model.scale).filter((v) => v.count > 0),
    }))
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

/** Claims per source id, for the sources appendix. */
export function claimCountsBySource(model: ReportModel): Map<string, number> {
  return new Map(verdictsBySource(model).map((s) => [s.sourceId, s.total]));
}
