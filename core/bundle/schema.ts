// What an incoming bundle must look like before a single row of it is merged. The checks mirror
// the workbench's own constraints (kinds, offsets, flags) and the references between rows, so a
// malformed or hand-edited bundle is refused with its first problems named rather than failing
// half-way through a merge.
import { z } from 'zod';

import {
  ALIAS_KINDS,
  CLAIM_KINDS,
  CLAIM_ORIGINS,
  CLAIM_STATUSES,
  CUE_STANCES,
  EVIDENCE_KINDS,
  EVIDENCE_STANCES,
  FIELD_ORIGINS,
  HOP_KINDS,
  SOURCE_KINDS,
} from '../domain.js';
import { cleanAssignee, MAX_ASSIGNEE_LENGTH } from '../review/assignee.js';
import { HEX_COLOUR, HEX_COLOUR_MESSAGE } from '../review/colour.js';
import { sanitiseRichText } from '../text/rich-text.js';
import { type Bundle, BUNDLE_FORMAT, BUNDLE_VERSION, OLDEST_BUNDLE_VERSION } from './format.js';

const id = z.uuid();
const timestamp = z.iso.datetime({ offset: true });
const text = z.string();
const optionalText = z.string().nullable();
const offset = z.number().int().min(0);
const span = <T extends z.ZodRawShape>(shape: T) => z.object(shape).strict();

// A photo credit as import records it; the reader shows each, so a null or a malformed one is
// refused here rather than left to break the document's page.
const photoCreditSchema = z
  .object({
    text: z.string(),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    agency: z.string().nullable(),
    person: z.string().nullable(),
  })
  .refine((c) => c.end >= c.start, { message: 'a credit ends before it starts', path: ['end'] });

// Where each detected field came from; bundles written before provenance existed leave it out.
const provenanceEntry = z.object({ origin: z.enum(FIELD_ORIGINS), confirmed: z.boolean() }).strict();
const provenanceSchema = span({
  title: provenanceEntry.optional(),
  outlet: provenanceEntry.optional(),
  author: provenanceEntry.optional(),
  publishedAt: provenanceEntry.optional(),
  url: provenanceEntry.optional(),
});

const documentSchema = span({
  id,
  title: text,
  outlet: optionalText,
  outletSourceId: id.nullable(),
  author: optionalText,
  url: optionalText,
  publishedAt: optionalText,
  language: optionalText,
  direction: z.enum(['ltr', 'rtl']),
  contentHash: z.string().min(1),
  articleStart: offset.nullable().optional(),
  commentsStart: offset.nullable(),
  photoCredits: z.array(photoCreditSchema),
  provenance: provenanceSchema.optional(),
  sourceFile: optionalText,
  sourceFormat: optionalText,
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
  text,
}).refine((d) => d.articleStart == null || d.articleStart <= d.text.length, {
  message: 'the article start lies beyond the end of the text',
  path: ['articleStart'],
});

const sourceSchema = span({
  id,
  name: z.string().trim().min(1),
  kind: z.enum(SOURCE_KINDS),
  country: optionalText,
  stateAffiliated: z.boolean(),
  notes: text,
  mergedInto: id.nullable(),
  // Optional: bundles before version 3 carry neither.
  wikidataId: z
    .string()
    .regex(/^Q[1-9]\d{0,10}$/u, 'must be a Wikidata item such as Q130879')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  confirmed: z
    .boolean()
    .optional()
    .transform((v) => v ?? true),
  createdAt: timestamp,
  updatedAt: timestamp,
  aliases: z.array(span({ alias: z.string().trim().min(1), kind: z.enum(ALIAS_KINDS) })),
}).refine((s) => s.mergedInto !== s.id, { message: 'a source cannot be merged into itself', path: ['mergedInto'] });

const ratingSchema = span({
  id,
  key: z.string().min(1),
  label: text,
  color: z.string().regex(HEX_COLOUR, HEX_COLOUR_MESSAGE),
  ordinal: z.number().int(),
  ratingValue: z.number().int().nullable(),
  description: text,
  archived: z.boolean(),
});

const claimSchema = span({
  id,
  documentId: id,
  quote: text,
  prefix: text,
  suffix: text,
  startOffset: offset.nullable(),
  endOffset: offset.nullable(),
  orphaned: z.boolean(),
  statement: text,
  claimant: text,
  kind: z.enum(CLAIM_KINDS),
  checkworthiness: z.number().int().min(0).max(3).nullable(),
  status: z.enum(CLAIM_STATUSES),
  ratingId: id.nullable(),
  // Optional: bundles from before assignees exist carry no such key.
  assignee: z.string().trim().max(MAX_ASSIGNEE_LENGTH).nullable().optional().transform(cleanAssignee),
  rationaleJson: richText().nullable(),
  rationaleText: text,
  notesJson: richText().nullable(),
  notesText: text,
  origin: z.enum(CLAIM_ORIGINS),
  createdAt: timestamp,
  updatedAt: timestamp,
  deletedAt: timestamp.nullable(),
})
  .refine((c) => c.orphaned === (c.startOffset === null), {
    message: 'an orphan has no offsets and an anchored claim has both',
    path: ['orphaned'],
  })
  .refine((c) => (c.startOffset === null) === (c.endOffset === null), { message: 'give both offsets or neither', path: ['endOffset'] })
  .refine((c) => c.startOffset === null || c.endOffset === null || c.endOffset >= c.startOffset, {
    message: 'the end offset lies before the start',
    path: ['endOffset'],
  });

const hopSchema = span({
  id,
  claimId: id,
  ordinal: offset,
  sourceId: id,
  kind: z.enum(HOP_KINDS),
  cueStart: offset.nullable(),
  cueEnd: offset.nullable(),
  cueText: optionalText,
  // Optional: bundles before version 3 carry none.
  stance: z
    .enum(CUE_STANCES)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  createdAt: timestamp,
  updatedAt: timestamp,
}).refine((h) => (h.cueStart === null) === (h.cueEnd === null) && (h.cueStart === null || h.cueEnd! >= h.cueStart), {
  message: 'a cue needs a start and an end, in order',
  path: ['cueEnd'],
});

// Tags carry no colour the app shows; one that is not a colour is dropped rather than refused.
const tagSchema = span({ id, name: z.string().trim().min(1), color: optionalText.transform((c) => (c && HEX_COLOUR.test(c) ? c : null)) });
const claimTagSchema = span({ claimId: id, tagId: id });

const evidenceSchema = span({
  id,
  claimId: id,
  kind: z.enum(EVIDENCE_KINDS),
  stance: z.enum(EVIDENCE_STANCES),
  url: optionalText,
  title: optionalText,
  accessedAt: optionalText,
  note: text,
  documentId: id.nullable(),
  quote: optionalText,
  prefix: optionalText,
  suffix: optionalText,
  startOffset: offset.nullable(),
  endOffset: offset.nullable(),
  fileId: id.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
})
  .refine((e) => e.kind !== 'url' || e.url !== null, { message: 'a link needs its address', path: ['url'] })
  .refine((e) => e.kind !== 'passage' || e.quote !== null, { message: 'a passage needs its quote', path: ['quote'] })
  .refine((e) => e.kind !== 'file' || e.fileId !== null, { message: 'a file needs its file', path: ['fileId'] })
  .refine((e) => (e.startOffset === null) === (e.endOffset === null) && (e.startOffset === null || e.endOffset! >= e.startOffset), {
    message: 'a passage needs a start and an end, in order',
    path: ['endOffset'],
  });

const fileSchema = span({
  id,
  name: text,
  mediaType: text,
  size: offset,
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 digest in lower-case hex'),
  createdAt: timestamp,
  dataBase64: z
    .string()
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64')
    .refine((b) => b.length % 4 === 0, 'must be base64'),
});

const appearanceSchema = span({
  id,
  claimId: id,
  documentId: id,
  quote: text,
  startOffset: offset,
  endOffset: offset,
  score: z.number(),
  createdAt: timestamp,
}).refine((a) => a.endOffset >= a.startOffset, { message: 'the end offset lies before the start', path: ['endOffset'] });

const historySchema = span({
  id,
  at: timestamp,
  actor: text,
  entity: z.string().min(1),
  entityId: z.string().min(1),
  claimId: id.nullable(),
  action: z.string().min(1),
  field: optionalText,
  oldValue: optionalText,
  newValue: optionalText,
});

const rejectionSchema = span({
  id,
  documentId: id,
  claimQuote: z.string().min(1),
  claimStart: offset,
  claimEnd: offset,
  chain: z.array(span({ source: z.string().trim().min(1), sourceId: id.nullable() })).min(1),
  rejectedBy: text,
  rejectedAt: timestamp,
}).refine((r) => r.claimEnd >= r.claimStart, { message: 'the end offset lies before the start', path: ['claimEnd'] });

export const bundleSchema = z
  .object({
    format: z.literal(BUNDLE_FORMAT),
    version: z.number().int().min(OLDEST_BUNDLE_VERSION).max(BUNDLE_VERSION),
    exportedAt: timestamp,
    workbenchId: id,
    appSchemaVersion: z.number().int().min(1),
    scope: span({ kind: z.enum(['document', 'selection', 'workbench']), label: text }),
    documents: z.array(documentSchema),
    sources: z.array(sourceSchema),
    ratings: z.array(ratingSchema),
    claims: z.array(claimSchema),
    hops: z.array(hopSchema),
    tags: z.array(tagSchema),
    claimTags: z.array(claimTagSchema),
    evidence: z.array(evidenceSchema),
    files: z.array(fileSchema),
    appearances: z.array(appearanceSchema),
    // Optional: bundles before version 3 have none.
    rejections: z
      .array(rejectionSchema)
      .optional()
      .transform((v) => v ?? []),
    history: z.array(historySchema),
  })
  .strict()
  .superRefine((bundle, context) => {
    for (const problem of referenceProblems(bundle)) context.addIssue({ code: 'custom', ...problem });
  });

/**
 * Rich text as the editors write it: other editor state is rebuilt from the editors' own formats
 * (no inline CSS, no foreign nodes, no script links), and what is not editor state is dropped in
 * favour of the plain text every claim carries beside it.
 */
function richText() {
  return z.string().transform((value) => sanitiseRichText(value));
}

interface Problem {
  path: (string | number)[];
  message: string;
}

// Enough to show what is wrong without flooding the message with thousands of the same mistake.
const MAX_PROBLEMS = 20;

/**
 * Rows that point at rows the bundle does not hold, and IDs used twice. An exported bundle is
 * always self-contained: a claim travels with its document, a hop with its source, evidence
 * with its file.
 */
export function referenceProblems(bundle: Bundle): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], message: string): boolean => {
    problems.push({ path, message });
    return problems.length >= MAX_PROBLEMS;
  };
  const idsOf = (table: keyof Bundle, rows: readonly { id: string }[]): Set<string> => {
    const ids = new Set<string>();
    rows.forEach((row, index) => {
      if (ids.has(row.id)) add([table, index, 'id'], `the ID ${row.id} is used twice`);
      ids.add(row.id);
    });
    return ids;
  };
  const documents = idsOf('documents', bundle.documents);
  const sources = idsOf('sources', bundle.sources);
  const ratings = idsOf('ratings', bundle.ratings);
  const claims = idsOf('claims', bundle.claims);
  const tags = idsOf('tags', bundle.tags);
  const files = idsOf('files', bundle.files);
  idsOf('hops', bundle.hops);
  idsOf('evidence', bundle.evidence);
  idsOf('appearances', bundle.appearances);
  idsOf('rejections', bundle.rejections);
  idsOf('history', bundle.history);

  const references = [
    reference('documents', bundle.documents, 'outletSourceId', sources, true),
    reference('sources', bundle.sources, 'mergedInto', sources, true),
    reference('claims', bundle.claims, 'documentId', documents, false),
    reference('claims', bundle.claims, 'ratingId', ratings, true),
    reference('hops', bundle.hops, 'claimId', claims, false),
    reference('hops', bundle.hops, 'sourceId', sources, false),
    reference('claimTags', bundle.claimTags, 'claimId', claims, false),
    reference('claimTags', bundle.claimTags, 'tagId', tags, false),
    reference('evidence', bundle.evidence, 'claimId', claims, false),
    reference('evidence', bundle.evidence, 'documentId', documents, true),
    reference('evidence', bundle.evidence, 'fileId', files, true),
    reference('appearances', bundle.appearances, 'claimId', claims, false),
    reference('appearances', bundle.appearances, 'documentId', documents, false),
    reference('rejections', bundle.rejections, 'documentId', documents, false),
  ];
  for (const { table, field, values, known, nullable } of references) {
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      if (value === null && nullable) continue;
      if (typeof value === 'string' && known.has(value)) continue;
      if (add([table, index, field], `points at ${String(value)}, which the bundle does not hold`)) return problems;
    }
  }
  return problems;
}

/** One column of a bundle table that holds IDs of rows the bundle must also hold. */
interface Reference {
  table: keyof Bundle;
  field: string;
  values: unknown[];
  known: Set<string>;
  /** Whether an empty reference (null) is allowed. */
  nullable: boolean;
}

function reference<T>(table: keyof Bundle, rows: readonly T[], field: keyof T & string, known: Set<string>, nullable: boolean): Reference {
  return { table, field, values: rows.map((row) => row[field]), known, nullable };
}
