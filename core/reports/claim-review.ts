// schema.org ClaimReview JSON-LD, one object per published fact-check, ready to embed in the page
// that publishes it (<script type="application/ld+json">) or hand to a fact-check database.
//
// Decisions, following schema.org and Google's fact-check markup documentation
// (https://developers.google.com/search/docs/appearance/structured-data/factcheck):
// - Only a claim that is Done, with a verdict and a written rationale, is a published fact-check.
//   Anything else (unreviewed, in review, rated but unexplained) is left out, and the export says
//   how many were left out and why (claimReviewCounts, leftOutNotice).
// - `url` is required: "Link to the page hosting the full article of the fact check". It is built
//   from the desk's review URL pattern ("https://desk.example.org/checks/{claim}"), never guessed
//   from the homepage; without a pattern, or without an organisation name for the author, nothing
//   is exported (claimReviewSetupProblems) rather than markup Google would reject.
// - A verdict off the numeric scale ("Unverifiable", ratingValue null) carries reviewRating
//   alternateName alone: Google requires only the textual rating, and inventing a number would
//   misstate the verdict.
// - Numeric ratings are given with the scale's bounds. Google's Fact Check Tools API describes
//   worstRating and bestRating as "the worst/best value possible in the scale from worst to best"
//   and ratingValue as lying "in the range worstRating — bestRating inclusive" (its ClaimRating,
//   https://googleapis.dev/dotnet/Google.Apis.FactCheckTools.v1alpha1/latest/api/Google.Apis.FactCheckTools.v1alpha1.Data.GoogleFactcheckingFactchecktoolsV1alpha1ClaimRating.html), and
//   schema.org's Rating, as Google documents it, assumes 1 when worstRating is left out
//   (https://developers.google.com/schemas/reference/types/Rating): a scale starts at 1. A desk
//   whose scale starts at 0 (or below) has every value shifted up by the same amount, so the order
//   and spacing of its verdicts are kept and worstRating is 1, never 0. A scale with a single
//   value says nothing numeric and is left to the textual rating.
// - The JSON text escapes <, > and & (see json-ld.ts), so a claim quoting "</script>" cannot break
//   out of the script element it is pasted into.
// - Who made the claim (itemReviewed.author) and the outlet that published each appearance (its
//   publisher) carry `sameAs`, the address of their Wikidata item, when the registry source they
//   are has one: schema.org's sameAs is the "URL of a reference Web page that unambiguously
//   indicates the item's identity", Wikidata entries named as an example, and Google's Fact Check
//   Tools read ClaimReview.itemReviewed.author.sameAs. It is given only where the identity is
//   certain (a hop or registry entry of exactly that name, never a longer name that contains it),
//   and only from a well-formed identifier (see wikidata.ts).
import type { ClaimReviewLeftOut } from '../api/exports.js';
import type { SourceKind } from '../domain.js';
import { foldReviewerName } from '../review/assignee.js';
import { hasRationale, type VerdictState } from '../review/rationale.js';
import { orderedHops } from './chain.js';
import { numberedClaims } from './claim-order.js';
import { isoDay, statedDate, timestampOf } from './dates.js';
import { safeHttpUrl } from './html-escape.js';
import { jsonLdScript, jsonLdText } from './json-ld.js';
import type { ReportAppearance, ReportClaim, ReportDocument, ReportModel, ReportOrganization, ReportScale } from './model.js';
import { claimCounter, type RenderOptions } from './render-progress.js';
import { CLAIM_PLACEHOLDER, publishedWebAddress, reviewUrlFor } from './web-address.js';
import { wikidataItemUrl } from './wikidata.js';

/** A person or organisation; `sameAs` is the address of their Wikidata item when the registry has one. */
export interface AgentLd {
  '@type': 'Person' | 'Organization';
  name: string;
  sameAs?: string;
}

export interface CreativeWorkLd {
  '@type': 'CreativeWork';
  url?: string;
  headline?: string;
  datePublished?: string;
  /** The outlet that published the work. */
  publisher?: AgentLd & { '@type': 'Organization' };
}

export interface ClaimReviewLd {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  claimReviewed: string;
  datePublished: string;
  url: string;
  author: { '@type': 'Organization'; name: string; url?: string };
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    '@type': 'Claim';
    author?: AgentLd;
    datePublished?: string;
    appearance?: CreativeWorkLd[];
    firstAppearance?: CreativeWorkLd;
  };
}

/** Whether a claim is a published fact-check, and if not, why it is left out. */
export type ClaimReviewStanding = 'publishable' | keyof ClaimReviewLeftOut;

export function claimReviewStanding(claim: VerdictState): ClaimReviewStanding {
  if (claim.status !== 'done') return 'notDone';
  if (claim.ratingId === null) return 'noVerdict';
  if (!hasRationale(claim.rationaleText)) return 'noRationale';
  return 'publishable';
}

/** How many of the claims a ClaimReview export publishes, and how many it leaves out for each reason. */
export function claimReviewCounts(claims: readonly VerdictState[]): { publishable: number; leftOut: ClaimReviewLeftOut } {
  const leftOut: ClaimReviewLeftOut = { notDone: 0, noVerdict: 0, noRationale: 0 };
  let publishable = 0;
  for (const claim of claims) {
    const standing = claimReviewStanding(claim);
    if (standing === 'publishable') publishable += 1;
    else leftOut[standing] += 1;
  }
  return { publishable, leftOut };
}

/** Why claims were left out, one phrase per reason that applies ("2 not Done yet"). */
export function leftOutReasons(leftOut: ClaimReviewLeftOut): string[] {
  return [
    leftOut.notDone > 0 ? `${leftOut.notDone} not Done yet` : null,
    leftOut.noVerdict > 0 ? `${leftOut.noVerdict} Done without a verdict` : null,
    leftOut.noRationale > 0 ? `${leftOut.noRationale} with a verdict but no rationale` : null,
  ].filter((reason): reason is string => reason !== null);
}

/** What the reviewer is told about the claims a ClaimReview export left out; null when none were. */
export function leftOutNotice(total: number, leftOut: ClaimReviewLeftOut): string | null {
  const count = leftOut.notDone + leftOut.noVerdict + leftOut.noRationale;
  if (count === 0) return null;
  return `${count} of ${total} ${total === 1 ? 'claim was' : 'claims were'} left out of ClaimReview (${leftOutReasons(leftOut).join(', ')}): only claims that are Done with a verdict and a rationale are published.`;
}

/**
 * What has to be set before any ClaimReview can be exported, in words for the reviewer; empty when
 * everything is in place.
 */
export function claimReviewSetupProblems(organization: ReportOrganization): string[] {
  const problems: string[] = [];
  if (!organization.name.trim()) {
    problems.push('Set the organisation name in Settings: every ClaimReview names the organisation as the author of the fact-check.');
  }
  if (!reviewUrlFor(organization.reviewUrlPattern ?? '', '00000000-0000-4000-8000-000000000000')) {
    problems.push(
      `Set the fact-check page address in Settings (for example https://desk.example.org/checks/${CLAIM_PLACEHOLDER}): every ClaimReview needs the address of the page that publishes it.`,
    );
  }
  return problems;
}

/** Thrown when the settings a ClaimReview needs are missing; the message says what to set. */
export class ClaimReviewSetupError extends Error {
  override readonly name = 'ClaimReviewSetupError';
}

/** The ClaimReviews of the model's published fact-checks, in report order. */
export function renderClaimReview(model: ReportModel, options: RenderOptions = {}): ClaimReviewLd[] {
  const problems = claimReviewSetupProblems(model.organization);
  if (problems.length > 0) throw new ClaimReviewSetupError(problems.join(' '));
  const rendered = claimCounter(options.onProgress);
  const scale = publishedScale(model.scale);
  const reviews: ClaimReviewLd[] = [];
  for (const { claim, document } of numberedClaims(model)) {
    // A claim left out still counts as dealt with, so progress reaches the total.
    if (claimReviewStanding(claim) === 'publishable') reviews.push(claimReview(claim, document, model, scale));
    rendered();
  }
  return reviews;
}

/** The ClaimReviews as a JSON-LD array, pretty-printed and safe to embed in a web page. */
export function renderClaimReviewJson(model: ReportModel, options: RenderOptions = {}): string {
  return `${jsonLdText(renderClaimReview(model, options))}\n`;
}

/**
 * The ClaimReviews as ready `<script type="application/ld+json">` blocks, one per fact-check, each
 * introduced by a comment giving the page it belongs on: what an editor pastes into the CMS. The
 * comments hold only the normalised page addresses, in which < and > are always percent-encoded,
 * so no text in them can end the comment.
 */
export function renderClaimReviewScript(model: ReportModel, options: RenderOptions = {}): string {
  const reviews = renderClaimReview(model, options);
  const blocks = reviews.map(
    (review, i) => `<!-- Fact-check ${i + 1} of ${reviews.length}: paste into the page at ${review.url} -->\n${jsonLdScript(review)}`,
  );
  const header =
    reviews.length === 1
      ? '<!-- ClaimReview markup from Claimtrace for one fact-check. -->'
      : `<!-- ClaimReview markup from Claimtrace: ${reviews.length} fact-checks, one block for each page. -->`;
  return `${[header, ...blocks].join('\n\n')}\n`;
}

/** The scale's bounds as published: shifted so the worst value is at least 1 (see the top of this file). */
interface PublishedScale {
  shift: number;
  best: number;
  worst: number;
}

function publishedScale(scale: ReportScale): PublishedScale | null {
  const values = scale.ratings.map((rating) => rating.ratingValue).filter((value): value is number => value !== null);
  if (values.length === 0) return null;
  const worst = Math.min(...values);
  const best = Math.max(...values);
  if (best === worst) return null;
  const shift = worst < 1 ? 1 - worst : 0;
  return { shift, best: best + shift, worst: worst + shift };
}

function claimReview(
  claim: ReportClaim,
  document: ReportDocument | undefined,
  model: ReportModel,
  scale: PublishedScale | null,
): ClaimReviewLd {
  const rating = claim.rating;
  const url = reviewUrlFor(model.organization.reviewUrlPattern ?? '', claim.id);
  if (!rating || !url) throw new Error('a ClaimReview needs a verdict and a review URL');
  const reviewRating: ClaimReviewLd['reviewRating'] = { '@type': 'Rating', alternateName: rating.label };
  if (rating.ratingValue !== null && scale) {
    reviewRating.ratingValue = rating.ratingValue + scale.shift;
    reviewRating.bestRating = scale.best;
    reviewRating.worstRating = scale.worst;
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

  const homepage = publishedWebAddress(model.organization.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim.statement.trim() || claim.quote,
    datePublished: isoDay(claim.updatedAt) ?? isoDay(model.generatedAt) ?? model.generatedAt,
    url,
    author: { '@type': 'Organization', name: model.organization.name.trim(), ...(homepage ? { url: homepage } : {}) },
    reviewRating,
    itemReviewed,
  };
}

/**
 * Who made the claim, typed by what kind of source they are: a hop of the chain with the
 * claimant's name, else the registry's entry for that name (a person, an official body, an
 * outlet), else a hop whose longer name holds the claimant's ("Naji Mustafa" in "NLF spokesman
 * Naji Mustafa"). Unnamed sources and people are Persons ("a military source" is someone), every
 * other kind of source an Organization. A claimant no source names is typed Person: outlets and
 * official bodies are in the registry (its seeded entries and every source of a chain), so a name
 * it does not know is almost always a person quoted in the article. Without a claimant, the origin
 * of the chain (its last hop) made the claim.
 */
function claimAuthor(claim: ReportClaim): AgentLd | null {
  const hops = orderedHops(claim);
  const claimant = claim.claimant.trim();
  if (!claimant) {
    const origin = hops[hops.length - 1];
    return origin ? agent(schemaType(origin.sourceKind), origin.sourceName.trim(), origin.sourceWikidataId) : null;
  }
  const kind = claimantKind(claimant, claim, hops);
  return agent(kind ? schemaType(kind) : 'Person', claimant, claimantItem(claimant, claim, hops));
}

/**
 * The claimant's Wikidata item: that of the hop with exactly their name, else of the registry
 * entry with their name or alias. A hop whose longer name merely contains theirs types them but
 * does not identify them ("Turkey" is not "Turkey's Defence Ministry").
 */
function claimantItem(claimant: string, claim: ReportClaim, hops: ReportClaim['hops']): string | null {
  const name = foldReviewerName(claimant);
  const exact = hops.find((hop) => foldReviewerName(hop.sourceName) === name);
  return exact?.sourceWikidataId ?? claim.claimantWikidataId ?? null;
}

function agent<T extends AgentLd['@type']>(type: T, name: string, wikidataId: string | null | undefined): AgentLd & { '@type': T } {
  const sameAs = wikidataItemUrl(wikidataId);
  return sameAs ? { '@type': type, name, sameAs } : { '@type': type, name };
}

function claimantKind(claimant: string, claim: ReportClaim, hops: ReportClaim['hops']): SourceKind | null {
  const name = foldReviewerName(claimant);
  const exact = hops.find((hop) => foldReviewerName(hop.sourceName) === name);
  if (exact) return exact.sourceKind;
  if (claim.claimantKind) return claim.claimantKind;
  return hops.find((hop) => containsWords(foldReviewerName(hop.sourceName), name))?.sourceKind ?? null;
}

/** Whether `words` occurs in `text` as whole words ("russia" is not in "russian officials"). */
function containsWords(text: string, words: string): boolean {
  if (words === '') return false;
  const boundary = (ch: string | undefined) => ch === undefined || !/[\p{L}\p{N}]/u.test(ch);
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (boundary(text[at - 1]) && boundary(text[at + words.length])) return true;
  }
  return false;
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
  const add = (url: string | null, headline: string, publishedAt: string | null, outlet: Outlet): void => {
    const key = url?.trim() || `untitled:${headline}:${publishedAt ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    works.push({ work: creativeWork(url, headline, publishedAt, outlet), time: timestampOf(publishedAt) });
  };
  // A date only guessed from the text is not published as the article's.
  if (document) add(document.url, document.title, statedDate(document), { name: document.outlet, wikidataId: document.outletWikidataId });
  for (const a of claim.appearances) add(a.documentUrl, a.documentTitle, a.publishedAt, outletOf(a));
  if (claim.firstAppearance) {
    const f = claim.firstAppearance;
    add(f.documentUrl, f.documentTitle, f.publishedAt, outletOf(f));
  }
  return works;
}

/**
 * The earliest dated appearance. When no appearance has a date, the one recorded as first (or
 * nothing) is used, since the order of the others says nothing about time.
 */
function earliest(works: DatedWork[], recorded: ReportAppearance | null): CreativeWorkLd | undefined {
  let best: CreativeWorkLd | undefined;
  let bestTime = Number.POSITIVE_INFINITY;
  for (const { work, time } of works) {
    if (time !== null && time < bestTime) {
      best = work;
      bestTime = time;
    }
  }
  if (best) return best;
  return recorded ? creativeWork(recorded.documentUrl, recorded.documentTitle, recorded.publishedAt, outletOf(recorded)) : undefined;
}

/** The outlet that published a work, and its Wikidata item, as far as the workbench knows them. */
interface Outlet {
  name: string | null | undefined;
  wikidataId: string | null | undefined;
}

function outletOf(appearance: ReportAppearance): Outlet {
  return { name: appearance.outlet, wikidataId: appearance.outletWikidataId };
}

function creativeWork(url: string | null, headline: string, publishedAt: string | null, outlet: Outlet): CreativeWorkLd {
  const work: CreativeWorkLd = { '@type': 'CreativeWork' };
  // Published as the URL standard writes it (percent-encoded); an address that is no web page is left out.
  const address = safeHttpUrl(url);
  if (address) work.url = address;
  if (headline.trim()) work.headline = headline.trim();
  const day = isoDay(publishedAt);
  if (day) work.datePublished = day;
  const publisher = outlet.name?.trim();
  if (publisher) work.publisher = agent('Organization', publisher, outlet.wikidataId);
  return work;
}
