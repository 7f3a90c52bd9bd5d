import { z } from 'zod';

import type { Suggestion } from '../detection/types.js';
import { type Claim, CUE_STANCES, type RejectedSuggestion } from '../domain.js';
import { defineMethod, type NamespaceMethods } from './define.js';

const id = z.uuid();

const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() }).strict();

/** A suggestion as the renderer sends it back to be accepted; validated again on the way in. */
export const suggestionSchema = z
  .object({
    source: z.string().min(1).max(300),
    sourceId: id.nullable(),
    mention: spanSchema,
    cue: spanSchema.nullable(),
    kind: z.enum(['quote', 'paraphrase', 'citing', 'credit', 'link']),
    claim: spanSchema,
    hops: z
      .array(
        z
          .object({
            source: z.string().min(1).max(300),
            sourceId: id.nullable(),
            kind: z.enum(['quote', 'paraphrase', 'citing', 'credit', 'link']),
            sourceKind: z.enum(['wire_agency', 'state_media', 'newspaper', 'broadcaster', 'website', 'official', 'person', 'unnamed']),
            stance: z.enum(CUE_STANCES).default('neutral'),
          })
          .strict(),
      )
      .min(1)
      .max(20),
    fromComment: z
      .object({ commenter: z.string().max(300).nullable() })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();

export const detectionMethods = {
  'detection.suggest': defineMethod<Suggestion[]>()(
    z.object({ documentId: id, includeComments: z.boolean().default(false) }).strict(),
    'Propose attributed claims in a document, skipping spans that are already claims.',
  ),
  'detection.accept': defineMethod<Claim[]>()(
    z.object({ documentId: id, suggestions: z.array(suggestionSchema).min(1).max(2000) }).strict(),
    'Turn suggestions into claims with their chains; sources the registry lacks are created unconfirmed.',
  ),
  'detection.reject': defineMethod<RejectedSuggestion[]>()(
    z.object({ documentId: id, suggestions: z.array(suggestionSchema).min(1).max(2000) }).strict(),
    'Reject suggestions in a document; they are not proposed again until the rejection is taken back.',
  ),
  'detection.rejections': defineMethod<RejectedSuggestion[]>()(
    z.object({ documentId: id }).strict(),
    'The suggestions rejected in a document, newest first, with who rejected them and when.',
  ),
  'detection.restore': defineMethod<RejectedSuggestion>()(
    z.object({ id }).strict(),
    'Take a rejection back, so the suggestion is proposed again.',
  ),
} satisfies NamespaceMethods<'detection'>;
