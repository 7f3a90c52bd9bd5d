import { z } from 'zod';

import { MIN_MATCH_SCORE } from '../anchoring.js';
import { type Claim, CLAIM_KINDS, CLAIM_STATUSES, type ClaimAppearance, type ClaimInContext } from '../domain.js';
import type { ClaimOrigins } from '../review/origins.js';
import { MAX_RATIONALE_JSON_CHARS, MAX_RATIONALE_TEXT_CHARS } from '../review/rationale.js';
import { claimPatchSchema, claimSpanSchema, hopInputSchema } from './claim-inputs.js';
import type { AppearanceCandidate, ClaimAppearances, ClaimRecords } from './claim-results.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

export const claimsMethods = {
  'claims.list': defineMethod<Claim[]>()(z.object({ documentId: id }).strict(), 'The claims of one document, in text order, orphans last.'),
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
    z.object({ id, span: claimSpanSchema }).strict(),
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
  'claims.setStatus': defineMethod<Claim>()(
    z.object({ id, status: z.enum(CLAIM_STATUSES) }).strict(),
    'Move a claim along the review workflow: forward one step at a time, back to any earlier step.',
  ),
  'claims.setVerdict': defineMethod<Claim>()(
    z.object({ id, ratingId: id.nullable() }).strict(),
    'Give a claim a verdict from the current scale, or take it away (null).',
  ),
  'claims.setRationale': defineMethod<Claim>()(
    z
      .object({
        id,
        rationaleJson: z.string().max(MAX_RATIONALE_JSON_CHARS, 'the rationale is too long').nullable(),
        rationaleText: z.string().max(MAX_RATIONALE_TEXT_CHARS, 'the rationale is too long'),
      })
      .strict(),
    'Save the reasoning behind a verdict: Lexical editor state and its plain text.',
  ),
  'claims.records': defineMethod<ClaimRecords>()(
    z.object({ claimId: id }).strict(),
    'A claim’s history, evidence and linked appearances read together, so a claim deleted meanwhile is never half-answered: evidence and appearances are null for a claim in the bin.',
  ),
  'claims.findAppearances': defineMethod<AppearanceCandidate[]>()(
    z
      .object({
        id,
        minScore: z.number().min(MIN_MATCH_SCORE).max(1).default(MIN_MATCH_SCORE),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    'Passages in other documents that repeat a claim word for word or nearly, best first.',
  ),
  'claims.linkAppearance': defineMethod<ClaimAppearance>()(
    z
      .object({ id, documentId: id, start: z.number().int().min(0), end: z.number().int().min(1) })
      .strict()
      .refine((a) => a.end > a.start, 'an appearance must cover some text'),
    'Record that a span of another document is the same claim.',
  ),
  'claims.unlinkAppearance': defineMethod<{ appearanceId: string }>()(
    z.object({ appearanceId: id }).strict(),
    'Forget a linked appearance.',
  ),
  'claims.appearances': defineMethod<ClaimAppearances>()(
    z.object({ id }).strict(),
    'The linked appearances of a claim and the first place it was published.',
  ),
  'claims.origins': defineMethod<ClaimOrigins | null>()(
    z.object({ id }).strict(),
    'How many documents carry a claim (itself and every claim or passage linked to it) and how many independent origins they rest on: the last hop of each chain, relays followed, sources merged in the registry or sharing a Wikidata item counted once, unnamed sources apart unless reached the same way. Null for a claim in the bin.',
  ),
} satisfies NamespaceMethods<'claims'>;
