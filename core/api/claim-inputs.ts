import { z } from 'zod';

import { CLAIM_KINDS, CUE_STANCES, HOP_KINDS, SOURCE_KINDS } from '../domain.js';
import { cleanAssignee, MAX_ASSIGNEE_LENGTH } from '../review/assignee.js';
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
function assigneeSchema() {
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

/** A new place for a claim in its document's text. */
export const claimSpanSchema = z
  .object({ start: z.number().int().min(0), end: z.number().int().min(1) })
  .refine((s) => s.end > s.start, 'a claim must cover some text');
