import { z } from 'zod';

import { type DocumentRevision, type DocumentVersion, type RevisedClaim, REVISION_KINDS } from '../documents/revisions.js';
import {
  DOCUMENT_PROGRESS,
  type DocumentDetail,
  type DocumentSummary,
  type ImportOutcome,
  PROVENANCE_FIELDS,
  type SearchHit,
} from '../domain.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

export const documentSortSchema = z.enum(['title', 'outlet', 'publishedAt', 'createdAt', 'progress']);

const id = z.uuid();
const versionNumber = z.number().int('a version is a whole number').min(1, 'versions are numbered from 1');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** The largest file an import accepts; beyond it no article is plausible and parsing gets slow. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;
/** Files travel as base64 so the same call works over IPC and HTTP. */
export const MAX_IMPORT_BASE64_CHARS = Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4;

export const documentPatchSchema = z
  .object({
    title: typedLine().min(1, 'a document needs a title').max(1000),
    outlet: typedLine().max(300).nullable(),
    author: typedLine().max(300).nullable(),
    url: z.union([z.url({ protocol: /^https?$/ }).max(4000), z.null()]),
    publishedAt: isoDate.nullable(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en or fa')
      .nullable(),
    direction: z.enum(['ltr', 'rtl']),
    articleStart: z.number().int().min(0).nullable(),
    commentsStart: z.number().int().min(0).nullable(),
  })
  .partial()
  .strict();

/**
 * The most documents one batch edit may name: far more than a reviewer selects by hand, and few
 * enough that the one transaction holds the host under a tenth of a second (1,000 took 113 ms).
 */
export const MAX_BATCH_DOCUMENTS = 1000;

/** What a batch edit may set on many documents at once; the fields keep the single-document rules. */
export const batchDocumentPatchSchema = documentPatchSchema
  .pick({ outlet: true, publishedAt: true })
  .refine((patch) => Object.keys(patch).length > 0, 'name the outlet, the publication date or both');

export const documentsMethods = {
  'documents.list': defineMethod<{ items: DocumentSummary[]; total: number }>()(
    z
      .object({
        outlet: z.string().max(500).optional(),
        publishedFrom: isoDate.optional(),
        publishedTo: isoDate.optional(),
        progress: z.enum(DOCUMENT_PROGRESS).optional(),
        sort: documentSortSchema.default('createdAt'),
        descending: z.boolean().default(true),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(50_000).default(1000),
      })
      .strict(),
    'Documents in the workbench, sorted and filtered by outlet, publication date and review progress.',
  ),
  'documents.outlets': defineMethod<{ outlet: string; count: number }[]>()(
    z.object({}).strict(),
    'Every outlet with how many documents come from it, for filtering.',
  ),
  'documents.get': defineMethod<DocumentDetail>()(z.object({ id }).strict(), 'One document with its text and metadata.'),
  'documents.update': defineMethod<DocumentDetail>()(
    z.object({ id, patch: documentPatchSchema }).strict(),
    'Correct detected metadata, or move where the article begins and where the reader comments begin.',
  ),
  'documents.updateMany': defineMethod<DocumentSummary[]>()(
    z
      .object({
        ids: z
          .array(id)
          .min(1, 'choose at least one document')
          .max(MAX_BATCH_DOCUMENTS, `at most ${MAX_BATCH_DOCUMENTS} documents can be edited at once`)
          .refine((ids) => new Set(ids).size === ids.length, 'each document may be listed only once'),
        patch: batchDocumentPatchSchema,
      })
      .strict(),
    'Set or clear the outlet and publication date of many documents in one change, each recorded in its history. If any of them is unknown or deleted, none is changed.',
  ),
  'documents.confirmField': defineMethod<DocumentDetail>()(
    z.object({ id, field: z.enum(PROVENANCE_FIELDS) }).strict(),
    'Keep a detected value (a date guessed from the body, a title from the file name) as confirmed by a person.',
  ),
  'documents.delete': defineMethod<{ id: string; title: string }>()(
    z.object({ id }).strict(),
    'Move a document and its claims to the bin; documents.restore brings it back.',
  ),
  'documents.restore': defineMethod<DocumentSummary>()(z.object({ id }).strict(), 'Bring back a deleted document with its claims.'),
  'documents.search': defineMethod<SearchHit[]>()(
    z
      .object({
        query: typedLine().min(1, 'type something to search for').max(500),
        limit: z.number().int().min(1).max(500).default(50),
      })
      .strict(),
    'Full-text search across documents, best matches first, with highlighted snippets. English words match in any inflection and in British or American spelling; each hit says whether its first match is in the article, the reader comments or the page text before the article.',
  ),
  'documents.importFile': defineMethod<ImportOutcome>()(
    z
      .object({
        name: typedLine().min(1).max(1000),
        dataBase64: z.string().max(MAX_IMPORT_BASE64_CHARS, 'the file is larger than 20 MB'),
      })
      .strict(),
    'Import one file (txt, md, html, pdf, docx). A file that cannot be read gives a failed outcome, not an error.',
  ),
  'documents.reimport': defineMethod<{ document: DocumentDetail; version: number; reanchored: number; orphaned: number }>()(
    z
      .object({
        id,
        name: typedLine().min(1).max(1000),
        dataBase64: z.string().max(MAX_IMPORT_BASE64_CHARS, 'the file is larger than 20 MB'),
      })
      .strict(),
    'Replace a document with a newer version of its file, keeping its metadata and moving every claim to where its words now are; claims that cannot be placed become orphans. The old text stays as the previous version, and each claim whose words the new version changed, took out or moved is recorded (documents.versions, documents.revision, documents.revisedClaims).',
  ),
  'documents.versions': defineMethod<DocumentVersion[]>()(
    z.object({ id }).strict(),
    'Every version of a document, oldest first: when it was imported, from which file, its length, and how many live claims it changed, took out or moved.',
  ),
  'documents.revision': defineMethod<DocumentRevision>()(
    z
      .object({ id, from: versionNumber.optional(), to: versionNumber.optional() })
      .strict()
      .refine((args) => args.from === undefined || args.to === undefined || args.from < args.to, {
        message: 'from must be an earlier version than to',
        path: ['from'],
      }),
    'Two versions of a document compared (by default the newest with the one before it): the differences of their texts as kept, inserted and deleted segments with offsets in each, and the claims the versions in between changed, took out or moved, with the old and new wording.',
  ),
  'documents.revisedClaims': defineMethod<RevisedClaim[]>()(
    z
      .object({
        documentId: id.optional(),
        claimId: id.optional(),
        kinds: z.array(z.enum(REVISION_KINDS)).min(1, 'name at least one kind of change').max(REVISION_KINDS.length).optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(10_000).default(1000),
      })
      .strict(),
    'Live claims whose quoted words a later version of their document changed, took out or moved, newest change first: across the workbench, or for one document or one claim.',
  ),
  'documents.importText': defineMethod<ImportOutcome>()(
    z
      .object({
        text: z.string().max(20 * 1024 * 1024, 'the text is larger than 20 MB'),
        title: typedLine().max(1000).optional(),
      })
      .strict(),
    'Import pasted text as a document.',
  ),
} satisfies NamespaceMethods<'documents'>;
