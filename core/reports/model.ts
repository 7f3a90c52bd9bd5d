// The input every report renderer takes. The database side fills it for one document, a selection
// of claims or the whole workbench; the renderers only read it, so the same model gives the HTML,
// PDF, Markdown, CSV and JSON-LD exports and they can never disagree with each other.
import type { ClaimRevision } from '../documents/revisions.js';
import type {
  AttributionHop,
  Claim,
  ClaimAppearance,
  DocumentDetail,
  Evidence,
  HistoryEvent,
  Rating,
  Source,
  SourceKind,
} from '../domain.js';
import type { OriginCounts } from '../review/origins.js';

export type ReportScopeKind = 'document' | 'selection' | 'workbench';

export interface ReportScope {
  kind: ReportScopeKind;
  /** What the reader is told the report covers: a document title, "12 claims tagged idlib", … */
  label: string;
}

export interface ReportOrganization {
  name: string;
  /** The organisation's site, the ClaimReview author's `url`. Empty when not configured. */
  url: string;
  /**
   * Where each fact-check is published, {claim} standing for the claim's ID: every ClaimReview's
   * `url`. Empty when not configured, and then no ClaimReview can be exported.
   */
  reviewUrlPattern?: string;
}

export interface ReportScale {
  /** The verdict scale in display order (archived ratings included when a claim still uses one). */
  ratings: Rating[];
  bestRating: number;
  worstRating: number;
}

/** A document as the report needs it: the full text, so each quote can be shown in its sentence. */
export type ReportDocument = Pick<
  DocumentDetail,
  'id' | 'title' | 'outlet' | 'author' | 'url' | 'publishedAt' | 'language' | 'direction' | 'text' | 'provenance'
> & {
  /** The Wikidata item ("Q130879") of the registry source the outlet is, when it has one. */
  outletWikidataId?: string | null;
};

/** A hop with the Wikidata item ("Q130879") of its source, when the registry has one. */
export interface ReportHop extends AttributionHop {
  sourceWikidataId?: string | null;
}

/** A linked appearance with the outlet of its document and that outlet's Wikidata item, when known. */
export interface ReportAppearance extends ClaimAppearance {
  outlet?: string | null;
  outletWikidataId?: string | null;
}

export interface ReportClaim extends Claim {
  rating: Rating | null;
  /** The rationale as plain text; paragraphs are separated by line breaks. */
  rationaleText: string;
  /**
   * The rationale's Lexical editor state, when there is one. Renderers that support formatting
   * rebuild bold, italic, lists and links from it; anything they cannot read falls back to
   * `rationaleText`. Pre-rendered HTML is deliberately not accepted: the renderer escapes
   * everything it is given.
   */
  rationaleJson?: string | null;
  evidence: Evidence[];
  /**
   * The claim's audit trail, in any order; renderers sort it. Always filled, since it also tells
   * who made the claim; reports print it only when the model's `includeHistory` asks for it.
   */
  history: HistoryEvent[];
  /**
   * What kind of source the claimant is, when the registry knows them by name or alias (a person,
   * an official body, an outlet); null when it does not.
   */
  claimantKind?: SourceKind | null;
  /** The Wikidata item of the registry source the claimant is (by name or alias), when it has one. */
  claimantWikidataId?: string | null;
  hops: ReportHop[];
  /** The same claim found in other documents. */
  appearances: ReportAppearance[];
  /** Where the reviewer or detection found the claim first, when known. */
  firstAppearance: ReportAppearance | null;
  /**
   * How later versions of the document changed the claim's quoted words, oldest first. Filled
   * only when the report notes claims changed after publication; reports print each beside the claim.
   */
  revisions?: ClaimRevision[];
  /** How many documents carry the claim, how many independent origins they rest on, and which. */
  origins?: ReportOrigins;
}

/** A claim's independent origins as a report states them beside the verdict. */
export interface ReportOrigins extends OriginCounts {
  /** Each origin as a sentence names it ("TASS", "a source in the ministry (unnamed, via TASS)"). */
  names: string[];
}

export interface ReportModel {
  /** A UUID for this export; it names the Web Annotation collection. */
  id: string;
  title: string;
  scope: ReportScope;
  /** ISO-8601 timestamp of the export. */
  generatedAt: string;
  organization: ReportOrganization;
  reviewer?: string;
  scale: ReportScale;
  documents: ReportDocument[];
  claims: ReportClaim[];
  /** The sources appearing in the claims' attribution chains. */
  sources: Source[];
  /**
   * Print each claim's audit history in HTML and Markdown reports. The history is the desk's own
   * record (names, times, every change), so a report leaves it out unless asked.
   */
  includeHistory?: boolean;
}

/**
 * The scale for a report from the workbench ratings: ratings in display order, and the numeric
 * bounds taken from the ratings that have a value (1–6 for the default scale).
 */
export function reportScale(ratings: Rating[]): ReportScale {
  const ordered = [...ratings].sort((a, b) => a.ordinal - b.ordinal);
  const values = ordered.map((r) => r.ratingValue).filter((v): v is number => v !== null);
  return {
    ratings: ordered,
    bestRating: values.length > 0 ? Math.max(...values) : 1,
    worstRating: values.length > 0 ? Math.min(...values) : 1,
  };
}
