// Domain vocabulary shared by every layer. Plain data only: no I/O, no classes.

export const SOURCE_KINDS = ['wire_agency', 'state_media', 'newspaper', 'broadcaster', 'website', 'official', 'person', 'unnamed'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The kinds of source that publish: what a document's outlet can be. */
export const MEDIA_SOURCE_KINDS: ReadonlySet<SourceKind> = new Set(['wire_agency', 'state_media', 'newspaper', 'broadcaster', 'website']);

/** `programme`: a network's news or interview programme ("Face the Nation" for CBS News). */
export const ALIAS_KINDS = ['name', 'abbreviation', 'domain', 'credit', 'programme'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export const CLAIM_KINDS = ['factual', 'statistic', 'quote', 'prediction', 'opinion'] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** The workflow a claim moves through; independent of its verdict. */
export const CLAIM_STATUSES = ['unreviewed', 'in_progress', 'in_review', 'done'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const HOP_KINDS = ['quote', 'paraphrase', 'citing', 'credit', 'link'] as const;
export type HopKind = (typeof HOP_KINDS)[number];

/**
 * What the cue of an attribution says about the reporter's stance toward the statement: neutral
 * ("said", "told"), distancing ("claimed", "alleged", "reportedly") or endorsing ("confirmed",
 * "revealed", "showed").
 */
export const CUE_STANCES = ['neutral', 'distancing', 'endorsing'] as const;
export type CueStance = (typeof CUE_STANCES)[number];

export const EVIDENCE_KINDS = ['url', 'passage', 'file'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_STANCES = ['supporting', 'refuting', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

export type TextDirection = 'ltr' | 'rtl';

/** Where an annotation sits in a document's stored text. Offsets count UTF-16 code units. */
export interface Anchor {
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface WorkbenchInfo {
  id: string;
  name: string;
  path: string;
  schemaVersion: number;
  createdAt: string;
  counts: WorkbenchCounts;
  /** Opened where it cannot be written (a colleague's file, a mounted archive): it can be read, checked, backed up and exported, not changed. */
  readOnly: boolean;
}

export interface WorkbenchCounts {
  documents: number;
  claims: number;
  sources: number;
  evidence: number;
}

/** The document fields whose values are detected on import, each with where it came from. */
export const PROVENANCE_FIELDS = ['title', 'outlet', 'author', 'publishedAt', 'url'] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

/**
 * Where a detected value came from: the file's own metadata, a line of the text that states it
 * (headline, byline, a date printed with the article, the dateline, a masthead, a copyright line,
 * the web address), or a guess (a date merely mentioned in the body, the file name, a first line
 * that is no headline); 'reviewer' when a person typed it.
 */
export const FIELD_ORIGINS = [
  'declared',
  'headline',
  'byline',
  'date-line',
  'dateline',
  'masthead',
  'copyright',
  'address',
  'printed',
  'body',
  'file-name',
  'first-line',
  'reviewer',
] as const;
export type FieldOrigin = (typeof FIELD_ORIGINS)[number];

/** Origins that are guesses: shown as such until a person confirms them. */
export const GUESSED_ORIGINS: ReadonlySet<FieldOrigin> = new Set(['body', 'file-name', 'first-line']);

export interface FieldProvenance {
  origin: FieldOrigin;
  /** A person looked at the value and kept it (or typed it). */
  confirmed: boolean;
}

/** Provenance of each detected field that has a value; a field without an entry has none recorded. */
export type MetadataProvenance = Partial<Record<ProvenanceField, FieldProvenance>>;

/** Whether a field's value is still a guess nobody confirmed. */
export function isGuessed(provenance: MetadataProvenance, field: ProvenanceField): boolean {
  const entry = provenance[field];
  return entry !== undefined && !entry.confirmed && GUESSED_ORIGINS.has(entry.origin);
}

export interface DocumentSummary {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  /** Where title, outlet, author, date and address came from, and which are confirmed. */
  provenance: MetadataProvenance;
  language: string | null;
  direction: TextDirection;
  length: number;
  claimCount: number;
  doneCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface PhotoCredit {
  text: string;
  start: number;
  end: number;
  agency: string | null;
  person: string | null;
}

/** A document with everything the reader shows. `text` is the stable text claim anchors point into. */
export interface DocumentDetail extends DocumentSummary {
  url: string | null;
  text: string;
  /**
   * UTF-16 offset where the article begins when a saved page puts its navigation and menus first,
   * or null when the article starts at the top. Always before commentsStart when both are set.
   */
  articleStart: number | null;
  /** UTF-16 offset where the reader-comment thread begins, or null when there is none. */
  commentsStart: number | null;
  photoCredits: PhotoCredit[];
  sourceFile: string | null;
  sourceFormat: string | null;
}

export const DOCUMENT_PROGRESS = ['no_claims', 'open', 'done'] as const;
export type DocumentProgress = (typeof DOCUMENT_PROGRESS)[number];

/** One full-text search result. The snippet marks matches with SNIPPET_MARK_START/END. */
export interface SearchHit {
  documentId: string;
  title: string;
  outlet: string | null;
  publishedAt: string | null;
  snippet: string;
  /** Where the first match sits in the document text, so the reader can open at it. */
  matchStart: number | null;
  matchEnd: number | null;
  /**
   * Which part of the document that first match is in: the article, the reader comments after
   * commentsStart, or the page furniture (navigation, menus) before articleStart. A match in the
   * title only is in the article.
   */
  matchIn: MatchPlace;
}

export const MATCH_PLACES = ['article', 'comments', 'furniture'] as const;
export type MatchPlace = (typeof MATCH_PLACES)[number];

// Control characters cannot occur in normalised document text, so they mark matches unambiguously
// without ever putting markup into a string the renderer displays.
export const SNIPPET_MARK_START = '\u0002';
export const SNIPPET_MARK_END = '\u0003';

/** What `claimtrace import --json` reports for each imported file. */
export interface ImportedDocument {
  id: string;
  file: string;
  title: string;
  outlet: string | null;
  author: string | null;
  publishedAt: string | null;
  language: string | null;
  direction: TextDirection;
  articleStart: number | null;
  commentsStart: number | null;
  length: number;
}

export type ImportOutcome =
  | { status: 'imported'; file: string; document: ImportedDocument }
  | { status: 'duplicate'; file: string; existingId: string; title: string }
  | { status: 'failed'; file: string; error: string };

export interface SourceAlias {
  alias: string;
  kind: AliasKind;
}

export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  country: string | null;
  stateAffiliated: boolean;
  notes: string;
  aliases: SourceAlias[];
  claimCount: number;
  /** The source's Wikidata item ("Q130879"), so two desks' registries line up; null if unknown. */
  wikidataId: string | null;
  /**
   * False for a source created by accepting a suggestion until a reviewer confirms it (or merges
   * or discards it); unconfirmed sources are listed for review and kept out of dashboards and
   * reports.
   */
  confirmed: boolean;
}

/** Where a claim in a reader-comment thread comes from: the commenter, when the thread names them. */
export interface CommentProvenance {
  commenter: string | null;
}

/** A hop of a rejected suggestion: enough to know the suggestion again. */
export interface RejectedHop {
  source: string;
  sourceId: string | null;
}

/** A suggestion a reviewer turned down in a document, remembered until they take it back. */
export interface RejectedSuggestion {
  id: string;
  documentId: string;
  claimQuote: string;
  claimStart: number;
  claimEnd: number;
  chain: RejectedHop[];
  rejectedBy: string;
  rejectedAt: string;
}

export interface Settings {
  reviewerName: string;
  organizationName: string;
  organizationUrl: string;
  /**
   * Where the desk publishes each fact-check, with {claim} standing for the claim's ID
   * ("https://desk.example.org/checks/{claim}"); a ClaimReview's `url`. Empty until set.
   */
  reviewUrlPattern: string;
  theme: 'system' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Settings = {
  reviewerName: '',
  organizationName: '',
  organizationUrl: '',
  reviewUrlPattern: '',
  theme: 'system',
};

export const CLAIM_ORIGINS = ['manual', 'detected'] as const;
export type ClaimOrigin = (typeof CLAIM_ORIGINS)[number];

/** One step of an attribution chain: who carried or said the claim, and how the text shows it. */
export interface AttributionHop {
  id: string;
  ordinal: number;
  sourceId: string;
  sourceName: string;
  sourceKind: SourceKind;
  kind: HopKind;
  /** The words in the document that show the attribution ("told AFP", "according to"). */
  cue: { start: number; end: number; text: string } | null;
  /** What the cue says of the reporter's stance ("claimed" distances); null when not recorded. */
  stance: CueStance | null;
}

/**
 * Why a chain deserves a second look: it ends in an unnamed source ("Arab sources"), or it has no
 * hops at all, so nobody knows where the claim comes from.
 */
export type ChainFlag = 'unnamed' | 'unknown' | null;

export interface Claim {
  id: string;
  documentId: string;
  quote: string;
  prefix: string;
  suffix: string;
  /** UTF-16 offsets into the document text; null when the claim is an orphan. */
  start: number | null;
  end: number | null;
  orphaned: boolean;
  statement: string;
  claimant: string;
  kind: ClaimKind;
  /** 0 (not worth checking) to 3 (must check); null when not yet judged. */
  checkworthiness: number | null;
  status: ClaimStatus;
  /** The verdict: a rating of the editable scale, or null while none is given. */
  ratingId: string | null;
  /** The reviewer the claim is assigned to, as their name is written; null while unassigned. */
  assignee: string | null;
  /**
   * The reviewer's reasoning for the verdict as Lexical editor state, and its plain text for
   * search and exports. Claims read from a workbench always carry both; the JSON is optional in
   * the type only so that models assembled by hand (exports, fixtures) may leave it out.
   */
  rationaleJson?: string | null;
  rationaleText: string;
  tags: string[];
  /** Lexical editor state of the reviewer's notes, and its plain text for search. */
  notesJson: string | null;
  notesText: string;
  origin: ClaimOrigin;
  hops: AttributionHop[];
  chainFlag: ChainFlag;
  /** Set when the claim lies in the document's reader comments (pasted text of unknown provenance). */
  fromComment: CommentProvenance | null;
  createdAt: string;
  updatedAt: string;
}

/** A claim with where it comes from, for lists that span documents. */
export interface ClaimInContext extends Claim {
  documentTitle: string;
  documentOutlet: string | null;
  documentPublishedAt: string | null;
}

export interface SourceTrace {
  source: Source;
  claims: ClaimInContext[];
  byStatus: Record<ClaimStatus, number>;
  /** Counts per rating key, plus `unrated`. */
  byVerdict: Record<string, number>;
  documents: { id: string; title: string; outlet: string | null; claimCount: number }[];
  /**
   * Photo and wire credits naming the source in documents' images ("Mikhail Pochuev/TASS"): kept
   * as credits, not claims, unless a reviewer makes one a claim.
   */
  credits: { documentId: string; documentTitle: string; text: string; person: string | null }[];
}

/** Attribution chains drawn as a graph: documents/outlets → agencies → people or unnamed sources. */
export interface ChainGraph {
  nodes: { id: string; label: string; kind: SourceKind | 'document'; flagged: boolean; claimCount: number }[];
  edges: {
    from: string;
    to: string;
    kind: HopKind | 'carries';
    count: number;
    /** Of those claims, how many cues at the edge's target distanced or endorsed (neutral and unrecorded are left out). */
    stances?: Partial<Record<Exclude<CueStance, 'neutral'>, number>>;
  }[];
}

/** One step of the verdict scale. `ratingValue` maps it to ClaimReview; null means off the scale. */
export interface Rating {
  id: string;
  key: string;
  label: string;
  color: string;
  ordinal: number;
  ratingValue: number | null;
  description: string;
  archived: boolean;
}

export interface EvidencePassage {
  documentId: string;
  documentTitle: string;
  quote: string;
  start: number | null;
  end: number | null;
}

export interface EvidenceFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface Evidence {
  id: string;
  claimId: string;
  kind: EvidenceKind;
  stance: EvidenceStance;
  /** For links: never fetched, only recorded. */
  url: string | null;
  title: string;
  accessedAt: string | null;
  note: string;
  passage: EvidencePassage | null;
  file: EvidenceFile | null;
  createdAt: string;
  updatedAt: string;
}

/** One line of the append-only audit trail. Values are stored as text (JSON for structured ones). */
export interface HistoryEvent {
  id: string;
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  claimId: string | null;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
}

/** The same claim found in another document. */
export interface ClaimAppearance {
  id: string;
  claimId: string;
  documentId: string;
  documentTitle: string;
  documentUrl: string | null;
  publishedAt: string | null;
  quote: string;
  start: number;
  end: number;
  score: number;
}
