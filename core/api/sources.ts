import { z } from 'zod';
import { ALIAS_KINDS, SOURCE_KINDS, type ChainGraph, type Source, type SourceTrace } from '../domain.js';
import { defineMethod } from './define.js';

const id = z.uuid();

export const sourceFieldsSchema = z
  .object({
    name: z.string().trim().min(1, 'a source needs a name').max(300),
    kind: z.enum(SOURCE_KINDS),
    country: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as RU or IR')
      .nullable(),
    stateAffiliated: z.boolean(),
    notes: z.string().max(20_000),
    aliases: z
      .array(z.object({ alias: z.string().trim().min(1).max(300), kind: z.enum(ALIAS_KINDS) }).strict())
      .max(200),
  })
  .strict();

export const sourcesMethods = {
  'sources.list': defineMethod<Source[]>()(
    z.object({ query: z.string().max(500).optional() }).strict(),
    'Sources in the registry with their aliases, optionally filtered by name or alias.',
  ),
  'sources.get': defineMethod<Source>()(z.object({ id }).strict(), 'One source with its aliases.'),
  'sources.create': defineMethod<Source>()(
    sourceFieldsSchema.partial({ country: true, stateAffiliated: true, notes: true, aliases: true }),
    'Add a source to the registry.',
  ),
  'sources.update': defineMethod<Source>()(
    z.object({ id, patch: sourceFieldsSchema.partial() }).strict(),
    'Edit a source; aliases, when given, replace the old list.',
  ),
  'sources.merge': defineMethod<Source>()(
    z
      .object({ fromId: id, intoId: id })
      .strict()
      .refine((m) => m.fromId !== m.intoId, 'a source cannot be merged into itself'),
    'Merge one source into another: its aliases and every hop that names it move over.',
  ),
  'sources.trace': defineMethod<SourceTrace>()(
    z.object({ id }).strict(),
    'Every claim attributed to a source across all documents, with counts by status and verdict.',
  ),
  'sources.graph': defineMethod<ChainGraph>()(
    z
      .object({ claimId: id.optional(), documentId: id.optional(), sourceId: id.optional() })
      .strict()
      .refine((g) => [g.claimId, g.documentId, g.sourceId].filter(Boolean).length === 1, 'give exactly one of claimId, documentId, sourceId'),
    'The attribution chains of a claim, a document or a source as a graph.',
  ),
};
