import { z } from 'zod';
import { CLAIM_KINDS, CUE_STANCES, HOP_KINDS, SOURCE_KINDS, type Claim, type ClaimInContext } from '../domain.js';
import { cleanAssignee, MAX_ASSIGNEE_LENGTH } from '../review/assignee.js';
import { defineMethod } from './define.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

/** A hop names a registry source, or creates a new one inline (a person, an official, "Arab sources"). */
export const hopInputSchema = z
  .object({
    sourceId: id.optional(),
    newSource: z
      .object({ name: typedLine().min(1, 'the new source needs a name').max(300), kind: z.enum(SOURCE_KINDS) })
      .strict()
      .optional(),
    kind: z.enum(HOP_KINDS),
    cue: z
      .object({ start: z.number().int().min(0), end: z.number().int().min(0) })
      .strict()
      .refine((cue) => cue.end > cue.start, 'the cue must cover some text')
      .nullable()
      .optional(),
    stance: z.enum(CUE_STANCES).nullable().optional(),
  })
  .strict()
  .refine((hop) => Boolean(hop.sourceId) !== Boolean(hop.newSource), 'each hop needs either sourceId or newSource');

/** A reviewer's name as typed: trimmed, and empty meaning nobody. */
export function assigneeSchema() {
  return typedLine()
    .max(MAX_ASSIGNEE_LENGTH, `a name can be at most ${MAX_ASSIGNEE_LENGTH} characters`)
    .nullable()
    .transform(cleanAssignee);
}

export const claimPatchSchema = z
  .object({
    statement: z.string().max(10_000),
    claimant: typedLine().max(500),
    kind: z.enum(CLAIM_KINDS),
    checkworthiness: z.number().int().min(0).max(3).nullable(),
    tags: z.array(typedLine().min(1).max(100)).max(50),
    notesJson: z.string().max(2_000_000).nullable(),
    notesText: z.string().max(1_000_000),
    /** Who the claim is assigned to; null or an empty name unassigns it. */
    assignee: assigneeSchema(),
  })
  .partial()
  .strict();

const span = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((s) => s.end > s.start, 'a claim must cover some text');

export const claimsMethods = {
  'claims.list': defineMethod<Claim[]>()(
    z.object({ documentId: id }).strict(),
    'The claims of one document, in text order, orphans last.',
  ),
  'claims.get': defineMethod<ClaimInContext>()(z.object({ id }).strict(), 'One claim with its chain.'),
  'claims.create': defineMethod<Claim>()(
    z
      .object({
        documentId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        statement: z.string().max(10_000).optional(),
        claimant: typedLine().max(500).optional(),
        kind: z.enum(CLAIM_KINDS).optional(),
        hops: z.array(hopInputSchema).max(20).optional(),
        /** Re-creating a deleted claim (redo) keeps its identity. */
        id: id.optional(),
      })
      .strict()
      .refine((c) => c.end > c.start, 'a claim must cover some text'),
    'Make a claim of a span of a document text (UTF-16 offsets); the anchor is taken from the stored text.',
  ),
  'claims.update': defineMethod<Claim>()(
    z.object({ id, patch: claimPatchSchema }).strict(),
    'Edit what the reviewer recorded about a claim.',
  ),
  'claims.delete': defineMethod<{ id: string }>()(z.object({ id }).strict(), 'Delete a claim (claims.restore undoes it).'),
  'claims.restore': defineMethod<Claim>()(z.object({ id }).strict(), 'Bring back a deleted claim with its chain.'),
  'claims.reattach': defineMethod<Claim>()(
    z.object({ id, span }).strict(),
    'Anchor an orphaned (or misplaced) claim to a new span of its document.',
  ),
  'claims.setChain': defineMethod<Claim>()(
    z.object({ id, hops: z.array(hopInputSchema).max(20) }).strict(),
    'Replace the attribution chain of a claim, from the document back to the origin.',
  ),
  'claims.search': defineMethod<ClaimInContext[]>()(
    z.object({ query: typedLine().min(1).max(500), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    'Full-text search over claim quotes, statements, claimants and notes.',
  ),
};

