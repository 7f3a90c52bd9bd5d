// The exchange bundle: a whole workbench (or the part a report covers) as one JSON document, so two
// reviewers can merge their work. Rows keep their IDs, which is what lets a merge recognise a row
// it has seen before. Keys are the workbench columns in camelCase; nothing is derived or renamed,
// so an import writes back exactly what an export read.
import type {
  AttributionHop,
  Claim,
  ClaimAppearance,
  DocumentDetail,
  Evidence,
  EvidenceFile,
  HistoryEvent,
  MetadataProvenance,
  Rating,
  RejectedSuggestion,
  Source,
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

// Each row is its domain type as stored: what the app computes on reading (counts, chains, flags)
// is left out, and what only storage has (deletion times, stored offsets, raw JSON) is added, so a
// field added to a domain type is a field every bundle row must say how it carries.

export type BundleDocument = Omit<
  DocumentDetail,
  'length' | 'claimCount' | 'doneCount' | 'articleStart' | 'photoCredits' | 'provenance'
> & {
  outletSourceId: string | null;
  contentHash: string;
  /**
   * Where the article begins after page furniture. Optional within version 2: bundles written
   * before it existed leave it out, which reads as null (the whole page is the article).
   */
  articleStart?: number | null;
  /** The detected photo credits, as stored (a JSON array). */
  photoCredits: unknown[];
  /** Where each detected field came from and whether a person confirmed it; absent before it existed. */
  provenance?: MetadataProvenance;
  /** Set when the document is in the bin. */
  deletedAt: string | null;
};

/**
 * A source with its aliases; an alias is a value of its source (a spelling), so it travels without
 * an ID of its own. `wikidataId` and `confirmed` are there from version 3 on, and are read as null
 * and true from older bundles.
 */
export type BundleSource = Omit<Source, 'claimCount'> & {
  /** The source this one was merged into; merged sources stay so that old IDs still resolve. */
  mergedInto: string | null;
  createdAt: string;
  updatedAt: string;
};

export type BundleRating = Rating;

/**
 * A claim as stored. `assignee` is absent from bundles written before claims had assignees;
 * they are read as unassigned.
 */
export type BundleClaim = Omit<Claim, 'start' | 'end' | 'rationaleJson' | 'tags' | 'hops' | 'chainFlag' | 'fromComment'> & {
  startOffset: number | null;
  endOffset: number | null;
  rationaleJson: string | null;
  /** Set when the claim is in the bin. */
  deletedAt: string | null;
};

/** A hop as stored: its source by ID only. `stance` is there from version 3 on, read as null from older bundles. */
export type BundleHop = Omit<AttributionHop, 'sourceName' | 'sourceKind' | 'cue'> & {
  claimId: string;
  cueStart: number | null;
  cueEnd: number | null;
  cueText: string | null;
  createdAt: string;
  updatedAt: string;
};

/** A suggestion rejected in a document (version 3 on): it stays rejected in every workbench. */
export type BundleRejection = RejectedSuggestion;

// Tags have no domain type of their own: a claim carries its tags as names.
export interface BundleTag {
  id: string;
  name: string;
  color: string | null;
}

export interface BundleClaimTag {
  claimId: string;
  tagId: string;
}

/** Evidence as stored: a passage and a file by reference, as the evidence table holds them. */
export type BundleEvidence = Omit<Evidence, 'title' | 'passage' | 'file'> & {
  title: string | null;
  documentId: string | null;
  quote: string | null;
  prefix: string | null;
  suffix: string | null;
  startOffset: number | null;
  endOffset: number | null;
  fileId: string | null;
};

export type BundleFile = EvidenceFile & {
  createdAt: string;
  dataBase64: string;
};

export type BundleAppearance = Omit<ClaimAppearance, 'documentTitle' | 'documentUrl' | 'publishedAt' | 'start' | 'end'> & {
  startOffset: number;
  endOffset: number;
  createdAt: string;
};

export type BundleHistory = HistoryEvent;

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
