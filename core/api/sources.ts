import { z } from 'zod';

import { ALIAS_KINDS, type ChainGraph, type Source, SOURCE_KINDS, type SourceTrace } from '../domain.js';
import type { Amplification } from '../review/amplification.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

export const sourceFieldsSchema = z
  .object({
    name: typedLine().min(1, 'a source needs a name').max(300),
    kind: z.enum(SOURCE_KINDS),
    country: z
      .string()
      .trim()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as RU or IR')
      .nullable(),
    stateAffiliated: z.boolean(),
    notes: z.string().max(20_000),
    aliases: z.array(z.object({ alias: typedLine().min(1).max(300), kind: z.enum(ALIAS_KINDS) }).strict()).max(200),
    wikidataId: z
      .string()
      .trim()
      .regex(/^Q[1-9]\d{0,10}$/u, 'a Wikidata item is a Q followed by its number, such as Q130879')
      .nullable(),
  })
  .strict();

export const sourcesMethods = {
  'sources.list': defineMethod<Source[]>()(
    z.object({ query: z.string().max(500).optional(), confirmed: z.boolean().optional() }).strict(),
    'Sources in the registry with their aliases, optionally filtered by name or alias, or to the confirmed or unconfirmed ones.',
  ),
  'sources.confirm': defineMethod<Source>()(
    z.object({ id }).strict(),
    'Confirm a source created from a suggestion, so it counts in dashboards and reports.',
  ),
  'sources.discard': defineMethod<{ id: string; claimIds: string[] }>()(
    z.object({ id }).strict(),
    'Discard an unconfirmed source: it leaves every chain that named it and the registry.',
  ),
  'sources.get': defineMethod<Source>()(z.object({ id }).strict(), 'One source with its aliases.'),
  'sources.create': defineMethod<Source>()(
    sourceFieldsSchema.partial({ country: true, stateAffiliated: true, notes: true, aliases: true, wikidataId: true }),
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
  'sources.amplification': defineMethod<Amplification>()(
    z.object({ id }).strict(),
    'Who relays a source: every outlet or source just before it in a chain, with how many claims and documents, when, in what stance, and the first appearance of each claim.',
  ),
  'sources.graph': defineMethod<ChainGraph>()(
    z
      .object({ claimId: id.optional(), documentId: id.optional(), sourceId: id.optional() })
      .strict()
      .refine(
        (g) => [g.claimId, g.documentId, g.sourceId].filter(Boolean).length === 1,
        'give exactly one of claimId, documentId, sourceId',
      ),
    'The attribution chains of a claim, a document or a source as a graph.',
  ),
} satisfies NamespaceMethods<'sources'>;
