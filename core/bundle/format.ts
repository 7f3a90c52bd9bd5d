// The exchange bundle: a whole workbench (or the part a report covers) as one JSON document, so two
// reviewers can merge their work. Rows keep their IDs, which is what lets a merge recognise a row
// it has seen before. Keys are the workbench columns in camelCase; nothing is derived or renamed,
// so an import writes back exactly what an export read.
import type {
  AliasKind,
  ClaimKind,
  ClaimOrigin,
  ClaimStatus,
  CueStance,
  EvidenceKind,
  EvidenceStance,
  HopKind,
  MetadataProvenance,
  SourceKind,
  TextDirection,
} from '../domain.js';
import type { ReportScopeKind } from '../reports/model.js';

export const BUNDLE_FORMAT = 'claimtrace-bundle';
/**
 * Raised whenever a bundle gains something an older app would refuse or drop, so that app says
 * "update Claimtrace" instead of "damaged". Version 2 added claim assignees; version 3 sources'
 * Wikidata items and confirmation, hop stances and rejected suggestions.
 */
export const BUNDLE_VERSION = 3;
/** The oldest version this app still reads; what later versions added is read as absent. */
export const OLDEST_BUNDLE_VERSION = 1;
export const BUNDLE_MEDIA_TYPE = 'application/vnd.claimtrace.bundle+json';
export const BUNDLE_EXTENSION = '.claimtrace-bundle.json';

export interface BundleDocument {
  id: string;
  title: string;
  outlet: string | null;
  outletSourceId: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  direction: TextDirection;
  contentHash: string;
  /**
   * Where the article begins after page furniture. Optional within version 2: bundles written
   * before it existed leave it out, which reads as null (the whole page is the article).
   */
  articleStart?: number | null;
  commentsStart: number | null;
  /** The detected photo credits, as stored (a JSON array). */
  photoCredits: unknown[];
  /** Where each detected field came from and whether a person confirmed it; absent before it existed. */
  provenance?: MetadataProvenance;
  sourceFile: string | null;
  sourceFormat: string | null;
  createdAt: string;
  updatedAt: string;
  /** Set when the document is in the bin. */
  deletedAt: string | null;
  text: string;
}

export interface BundleSource {
  id: string;
  name: string;
  kind: SourceKind;
  country: string | null;
  stateAffiliated: boolean;
  notes: string;
  /** The source this one was merged into; merged sources stay so that old IDs still resolve. */
  mergedInto: string | null;
  /** Version 3 on; read as null and true from older bundles. */
  wikidataId: string | null;
  confirmed: boolean;
  createdAt: string;
  updatedAt: string;
  /** An alias is a value of its source (a spelling), so it travels without an ID of its own. */
  aliases: { alias: string; kind: AliasKind }[];
}

export interface BundleRating {
  id: string;
  key: string;
  label: string;
  color: string;
  ordinal: number;
  ratingValue: number | null;
  description: string;
  archived: boolean;
}

export interface BundleClaim {
  id: string;
  documentId: string;
  quote: string;
  prefix: string;
  suffix: string;
  startOffset: number | null;
  endOffset: number | null;
  orphaned: boolean;
  statement: string;
  claimant: string;
  kind: ClaimKind;
  checkworthiness: number | null;
  status: ClaimStatus;
  ratingId: string | null;
  /**
   * The reviewer the claim is assigned to, or null. Bundles written before claims had assignees
   * lack the key; they are read as unassigned.
   */
  assignee: string | null;
  rationaleJson: string | null;
  rationaleText: string;
  notesJson: string | null;
  notesText: string;
  origin: ClaimOrigin;
  createdAt: string;
  updatedAt: string;
  /** Set when the claim is in the bin. */
  deletedAt: string | null;
}

export interface BundleHop {
  id: string;
  claimId: string;
  ordinal: number;
  sourceId: string;
  kind: HopKind;
  cueStart: number | null;
  cueEnd: number | null;
  cueText: string | null;
  /** Version 3 on; read as null from older bundles. */
  stance: CueStance | null;
  createdAt: string;
  updatedAt: string;
}

/** A suggestion rejected in a document (version 3 on): it stays rejected in every workbench. */
export interface BundleRejection {
  id: string;
  documentId: string;
  claimQuote: string;
  claimStart: number;
  claimEnd: number;
  chain: { source: string; sourceId: string | null }[];
  rejectedBy: string;
  rejectedAt: string;
}

export interface BundleTag {
  id: string;
  name: string;
  color: string | null;
}

export interface BundleClaimTag {
  claimId: string;
  tagId: string;
}

export interface BundleEvidence {
  id: string;
  claimId: string;
  kind: EvidenceKind;
  stance: EvidenceStance;
  url: string | null;
  title: string | null;
  accessedAt: string | null;
  note: string;
  documentId: string | null;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  startOffset: number | null;
  endOffset: number | null;
  fileId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface BundleFile {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
  dataBase64: string;
}

export interface BundleAppearance {
  id: string;
  claimId: string;
  documentId: string;
  quote: string;
  startOffset: number;
  endOffset: number;
  score: number;
  createdAt: string;
}

export interface BundleHistory {
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

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  /** From OLDEST_BUNDLE_VERSION to BUNDLE_VERSION; bundles are always written at BUNDLE_VERSION. */
  version: number;
  exportedAt: string;
  /** The workbench the bundle was exported from. */
  workbenchId: string;
  /** The schema version of that workbench, for diagnosing a bundle that will not merge. */
  appSchemaVersion: number;
  /** What part of the workbench the bundle holds. */
  scope: { kind: ReportScopeKind; label: string };
  documents: BundleDocument[];
  sources: BundleSource[];
  ratings: BundleRating[];
  claims: BundleClaim[];
  hops: BundleHop[];
  tags: BundleTag[];
  claimTags: BundleClaimTag[];
  evidence: BundleEvidence[];
  files: BundleFile[];
  appearances: BundleAppearance[];
  rejections: BundleRejection[];
  history: BundleHistory[];
}

/** The tables a merge reports on, in the order they are merged. */
export const BUNDLE_TABLES = [
  'documents',
  'sources',
  'ratings',
  'claims',
  'tags',
  'evidence',
  'files',
  'appearances',
  'rejections',
  'history',
] as const;
export type BundleTable = (typeof BUNDLE_TABLES)[number];

export type MergeCounts = Record<BundleTable, number>;

/**
 * What a merge did. `added`: rows new to the workbench. `updated`: rows both sides had, where the
 * bundle's version was the later change and replaced the workbench's. `skipped`: rows both sides
 * had where the workbench's version was kept (it was the same or the later change), plus rows
 * that could not be taken (see `notes`).
 */
export interface MergeSummary {
  added: MergeCounts;
  updated: MergeCounts;
  skipped: MergeCounts;
  /**
   * Rows of the bundle recognised as rows already here under another ID: documents with the same
   * text, ratings with the same key, tags and sources with the same name, files with the same
   * bytes. A source so recognised is still added under its own ID, merged into the one here, so
   * its ID keeps resolving; the others are used under the workbench's ID.
   */
  matched: { documents: number; sources: number; ratings: number; tags: number; files: number };
  /** Plain sentences about anything a reviewer should know (e.g. a text change that could not be taken). */
  notes: string[];
}

export function emptyCounts(): MergeCounts {
  return Object.fromEntries(BUNDLE_TABLES.map((table) => [table, 0])) as MergeCounts;
}
