import { z } from 'zod';

import { defineMethod, type NamespaceMethods } from './define.js';
import { claimNarrowingShape, ONE_REVIEWER_CHOICE_ERROR, oneReviewerChoice } from './review.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

/** Most claims one selection may name: the largest workbench the app is measured against. */
export const MAX_SELECTED_CLAIMS = 10_000;

/**
 * Narrows what a scope covers to the claims a desk publishes from: "Done only" is
 * `{ status: ['done'] }`, "Rated only" `{ rated: true }`, and the review queue's filters map onto
 * the same fields. Every field given must hold (they are combined with AND); an empty status list
 * matches nothing, as a cleared checkbox group does in the queue.
 */
export const claimFilterSchema = z
  .object({
    ...claimNarrowingShape,
    /** Only claims with a verdict. */
    rated: z.literal(true).optional(),
    /** Only claims with one of these verdicts; 'none' for claims without one. */
    ratingIds: z
      .array(z.union([id, z.literal('none')]))
      .min(1)
      .max(200)
      .optional(),
  })
  .strict()
  .refine(oneReviewerChoice, ONE_REVIEWER_CHOICE_ERROR);
export type ClaimFilter = z.infer<typeof claimFilterSchema>;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), documentId: id, filter: claimFilterSchema.optional() }).strict(),
  z
    .object({
      kind: z.literal('selection'),
      claimIds: z
        .array(id)
        .min(1, 'select at least one claim')
        .max(MAX_SELECTED_CLAIMS, `a selection can hold at most ${MAX_SELECTED_CLAIMS} claims`),
      filter: claimFilterSchema.optional(),
    })
    .strict(),
  z.object({ kind: z.literal('workbench'), filter: claimFilterSchema.optional() }).strict(),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

/**
 * `claimreview-script` is the ClaimReview markup as ready `<script type="application/ld+json">`
 * blocks, one per fact-check, to paste into the pages that publish them.
 */
export const EXPORT_FORMATS = ['html', 'md', 'csv', 'claimreview', 'claimreview-script', 'webannotation', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats that publish fact-checks as schema.org ClaimReview. */
export const CLAIM_REVIEW_FORMATS: ReadonlySet<ExportFormat> = new Set(['claimreview', 'claimreview-script']);

/** Formats whose report can show each claim's audit history (who changed what, when). */
export const HISTORY_FORMATS: ReadonlySet<ExportFormat> = new Set(['html', 'md']);

/** Formats that can note, beside a claim, that a later version of the article changed its words. */
export const REVISION_NOTE_FORMATS: ReadonlySet<ExportFormat> = new Set(['html', 'md', 'csv']);

/** An export ready to save: the host writes `content` (UTF-8) under a name the user may change. */
export interface ExportFile {
  /** A suggested file name, safe on every file system: "claimtrace-report-idlib-2026-11-22.html". */
  fileName: string;
  mediaType: string;
  content: string;
  /**
   * What the reviewer should know about the file that the file itself cannot say: how many claims
   * a ClaimReview export left out, and why. Absent when there is nothing to say.
   */
  notices?: string[];
}

/** Why claims in a scope would be left out of a ClaimReview export, counted. */
export interface ClaimReviewLeftOut {
  /** Not yet Done: still unreviewed, in progress or in review. */
  notDone: number;
  /** Done, but without a verdict to publish. */
  noVerdict: number;
  /** Done with a verdict, but nobody wrote down why. */
  noRationale: number;
}

/** What an export of a scope would hold, counted before anything is rendered. */
export interface ExportPreview {
  claims: number;
  documents: number;
  /** Claims that are Done with a verdict and a rationale: what a ClaimReview export publishes. */
  publishable: number;
  leftOut: ClaimReviewLeftOut;
}

/** What to export and how: the arguments of exports.render without its format and ID. */
export const exportOptionsShape = {
  scope: exportScopeSchema,
  /** CSV only: start with a byte-order mark so Excel reads non-Latin text correctly. */
  bom: z.boolean().optional(),
  title: typedLine().min(1).max(300).optional(),
  /**
   * HTML, PDF and Markdown reports: show each claim's recent audit history (who changed what and
   * when). Internal to the desk, so left out unless asked for.
   */
  history: z.boolean().optional(),
  /**
   * HTML, PDF, Markdown and CSV reports: beside each claim whose quoted words a later version of the
   * article reworded, took out or moved, say so ("Changed after publication: …"). On unless turned
   * off: a public report should not hide that the outlet changed the words it checks.
   */
  revisionNotes: z.boolean().optional(),
  /**
   * Names this export so its progress events can be told apart and exports.cancel can stop it;
   * exports without one run to the end.
   */
  exportId: id.optional(),
};

export const exportsMethods = {
  'exports.render': defineMethod<ExportFile>()(
    z
      .object({ ...exportOptionsShape, format: z.enum(EXPORT_FORMATS) })
      .strict()
      .refine((args) => !args.history || HISTORY_FORMATS.has(args.format), {
        message: 'the audit history goes into HTML and Markdown reports only',
        path: ['history'],
      })
      .refine((args) => !args.revisionNotes || REVISION_NOTE_FORMATS.has(args.format), {
        message: 'notes on claims changed after publication go into HTML, Markdown and CSV reports only',
        path: ['revisionNotes'],
      }),
    'A verification report (HTML, Markdown, CSV, schema.org ClaimReview as JSON-LD or as ready <script> blocks, W3C Web Annotations) or a JSON bundle for one document, a selection of claims or the whole workbench, each optionally narrowed by status, verdict, source, tag, reviewer, single origin or change after publication. ClaimReview needs the organisation name and the review URL pattern (reviewUrlPattern, "fact-check page address") in the settings and publishes only claims that are Done with a verdict and a rationale. Emits export.progress events.',
  ),
  'exports.preview': defineMethod<ExportPreview>()(
    z.object({ scope: exportScopeSchema }).strict(),
    'How many claims and documents an export of the scope would hold, and how many of its claims a ClaimReview export would publish or leave out, and why.',
  ),
  'exports.cancel': defineMethod<{ cancelled: boolean }>()(
    z.object({ exportId: id }).strict(),
    'Stop a running export; it answers with a cancelled error. False when no export with that ID is running.',
  ),
} satisfies NamespaceMethods<'exports'>;
