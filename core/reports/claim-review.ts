// schema.org ClaimReview JSON-LD, one object per claim that has a verdict, ready to embed in the
// published fact check (<script type="application/ld+json">) or hand to a fact-check database.
//
// Decisions, following schema.org and Google's fact-check markup guidance:
// - Only claims with a verdict get a ClaimReview: an unrated claim has not been reviewed.
// - A verdict off the numeric scale ("Unverifiable", ratingValue null) still gets a ClaimReview.
//   Google requires only `reviewRating.alternateName` (the textual verdict) and merely recommends
//   ratingValue/bestRating/worstRating; inventing a number would misstate the verdict, so such a
//   rating carries alternateName alone, and no scale bounds that would describe a missing value.
// - `url` points at the claim's anchor (#claim-<id>, the id the HTML report gives each claim) on
//   the organisation's site; with no organisation URL configured it is left out rather than made up.
import type { ClaimAppearance, SourceKind } from '../domain.js';
import { orderedHops } from './chain.js';
import { numberedClaims } from './claim-order.js';
import { isoDay, statedDate, timestampOf } from './dates.js';
import type { ReportClaim, ReportDocument, ReportModel } from './model.js';
import { claimCounter, type RenderOptions } from './render-progress.js';

export interface CreativeWorkLd {
  '@type': 'CreativeWork';
  url?: string;
  headline?: string;
  datePublished?: string;
}

export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  datePublished: string;
  url?: string;
  author: { '@type': 'Organization'; name?: string; url?: string };
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: { '@type': 'Person' | 'Organization'; name: string };
    datePublished?: string;
    appearance?: CreativeWorkLd[];
    firstAppearance?: CreativeWorkLd;
  };
}

export function renderClaimReview(model: ReportModel, options: RenderOptions = {}): ClaimReviewLd[] {
  const rendered = claimCounter(options.onProgress);
  const reviews: ClaimReviewLd[] = [];
  for (const { claim, document } of numberedClaims(model)) {
    // A claim without a verdict has no review, but it still counts as dealt with.
    if (claim.rating !== null) reviews.push(claimReview(claim, document, model));
    rendered();
  }
  return reviews;
}

/** The ClaimReviews as a JSON-LD array, pretty-printed. */
export function renderClaimReviewJson(model: ReportModel, options: RenderOptions = {}): string {
  return `${JSON.stringify(renderClaimReview(model, options), null, 2)}\n`;
}

function claimReview(claim: ReportClaim, document: ReportDocument | undefined, model: ReportModel): ClaimReviewLd {
  const rating = claim.rating;
  if (!rating) throw new Error('a ClaimReview needs a verdict');
  const organizationUrl = model.organization.url.trim();
  const reviewRating: ClaimReviewLd['reviewRating'] = { '@type': 'Rating', alternateName: rating.label };
  if (rating.ratingValue !== null) {
    reviewRating.ratingValue = rating.ratingValue;
    reviewRating.bestRating = model.scale.bestRating;
    reviewRating.worstRating = model.scale.worstRating;
  }

  const dated = appearancesOf(claim, document);
  const appearances = dated.map((d) => d.work);
  const first = earliest(dated, claim.firstAppearance);
  const itemReviewed: ClaimReviewLd['itemReviewed'] = { '@type': 'Claim' };
  const author = claimAuthor(claim);
  if (author) itemReviewed.author = author;
  if (first?.datePublished) itemReviewed.datePublished = first.datePublished;
  const withUrl = appearances.filter((a) => a.url);
  if (withUrl.length > 0) itemReviewed.appearance = withUrl;
  if (first) itemReviewed.firstAppearance = first;

  const review: ClaimReviewLd = {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.statement.trim() || claim.quote,
    datePublished: isoDay(claim.updatedAt) ?? isoDay(model.generatedAt) ?? model.generatedAt,
    author: {
      '@type': 'Organization',
      ...(model.organization.name.trim() ? { name: model.organization.name.trim() } : {}),
      ...(organizationUrl ? { url: organizationUrl } : {}),
    },
    reviewRating,
    itemReviewed,
  };
  if (organizationUrl) review.url = `${organizationUrl.replace(/#.*$/u, '')}#claim-${claim.id}`;
  return review;
}

/**
 * Who made the claim: the claimant, typed by the hop that names them; without a claimant, the
 * origin of the chain (its last hop). Unnamed sources and people are Persons ("a military source"
 * is someone), every other kind of source is an Organization.
 */
function claimAuthor(claim: ReportClaim): { '@type': 'Person' | 'Organization'; name: string } | null {
  const hops = orderedHops(claim);
  const claimant = claim.claimant.trim();
  const origin = hops[hops.length - 1];
  if (claimant) {
    const named = hops.find((h) => h.sourceName.trim().toLowerCase() === claimant.toLowerCase());
    return { '@type': schemaType(named?.sourceKind ?? origin?.sourceKind ?? 'person'), name: claimant };
  }
  return origin ? { '@type': schemaType(origin.sourceKind), name: origin.sourceName } : null;
}

function schemaType(kind: SourceKind): 'Person' | 'Organization' {
  return kind === 'person' || kind === 'unnamed' ? 'Person' : 'Organization';
}

/** The claim's own document and every other document it appears in, once per URL. */
interface DatedWork {
  work: CreativeWorkLd;
  /** The full publication time, so two appearances on the same day still compare correctly. */
  time: number | null;
}

function appearancesOf(claim: ReportClaim, document: ReportDocument | undefined): DatedWork[] {
  const works: DatedWork[] = [];
  const seen = new Set<string>();
  const add = (url: string | null, headline: string, publishedAt: string | null): void => {
    const key = url?.trim() || `untitled:${headline}:${publishedAt ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    works.push({ work: creativeWork(url, headline, publishedAt), time: timestampOf(publishedAt) });
  };
  // A date only guessed from the text is not published as the article's.
  if (document) add(document.url, document.title, statedDate(document));
  for (const a of claim.appearances) add(a.documentUrl, a.documentTitle, a.publishedAt);
  if (claim.firstAppearance) {
    const f = claim.firstAppearance;
    add(f.documentUrl, f.documentTitle, f.publishedAt);
  }
  return works;
}

/**
 * The earliest dated appearance. When no appearance has a date, the one recorded as first (or
 * nothing) is used, since the order of the others says nothing about time.
 */
function earliest(works: DatedWork[], recorded: ClaimAppearance | null): CreativeWorkLd | undefined {
  let best: CreativeWorkLd | undefined;
  let bestTime = Number.POSITIVE_INFINITY;
  for (const { work, time } of works) {
    if (time !== null && time < bestTime) {
      best = work;
      bestTime = time;
    }
  }
  if (best) return best;
  return recorded ? creativeWork(recorded.documentUrl, recorded.documentTitle, recorded.publishedAt) : undefined;
}

function creativeWork(url: string | null, headline: string, publishedAt: string | null): CreativeWorkLd {
  const work: CreativeWorkLd = { '@type': 'CreativeWork' };
  if (url?.trim()) work.url = url.trim();
  if (headline.trim()) work.headline = headline.trim();
  const day = isoDay(publishedAt);
  if (day) work.datePublished = day;
  return work;
}
