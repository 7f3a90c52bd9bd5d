import type { AliasKind, CommentProvenance, CueStance, HopKind, SourceKind } from '../domain.js';

/**
 * The slice of a source detection needs. Structural on purpose: `SeedSource` and the workbench's
 * `Source` both satisfy it, so callers pass whichever registry they have without mapping.
 */
export interface RegistrySource {
  id: string;
  name: string;
  kind: SourceKind;
  aliases: readonly { alias: string; kind: AliasKind }[];
}

/** A span of the analysed text. Offsets are UTF-16 code units; `end` is exclusive. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Hop {
  /** Canonical registry name, or the name as written for a source not in the registry. */
  source: string;
  sourceId: string | null;
  kind: HopKind;
  /**
   * What kind of source the hop is: the registry kind, `unnamed` for anonymous sources ("Arab
   * sources"), otherwise `person`. A guess for sources not in the registry, for the reviewer to
   * confirm when the source is created.
   */
  sourceKind: SourceKind;
  /** The stance of the cue that reports this source's words: "said" neutral, "claimed" distancing. */
  stance: CueStance;
}

export interface Suggestion {
  /** The first hop's source: who the document attributes the claim to. */
  source: string;
  sourceId: string | null;
  /** Where that source is named (or referred to: "he", "the agency") in the text. */
  mention: TextSpan;
  /** The attribution cue ("told", "according to", "quoted"), null for credits and links. */
  cue: TextSpan | null;
  kind: HopKind;
  /** The attributed statement: the quotation, the reported clause, or the credited line. */
  claim: TextSpan;
  /** From the document back to the origin: outlet that carried it → … → who said it. */
  hops: Hop[];
  /**
   * Set when the claim lies in the reader-comment thread: pasted text of unknown provenance. The
   * chain then starts at the commenter when the thread names them.
   */
  fromComment: CommentProvenance | null;
}

export interface DetectOptions {
  /**
   * Offset where the article begins after a saved page's navigation and menus. Text before it is
   * always skipped: a menu attributes nothing, and its teaser headlines would only add noise.
   */
  articleStart?: number | null;
  /** Offset where the reader-comment thread begins, if known. */
  commentsStart?: number | null;
  /** Comments are pasted text of unknown provenance, so they are skipped unless asked for. */
  includeComments?: boolean;
}
