import { z } from 'zod';
import type { DocumentSummary } from '../domain.js';
import { defineMethod } from './define.js';

export const documentSortSchema = z.enum(['title', 'outlet', 'publishedAt', 'createdAt', 'progress']);

export const documentsMethods = {
  'documents.list': defineMethod<{ items: DocumentSummary[]; total: number }>()(
    z
      .object({
        outlet: z.string().max(500).optional(),
        sort: documentSortSchema.default('createdAt'),
        descending: z.boolean().default(true),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(50_000).default(1000),
      })
      .strict(),
    'Documents in the workbench, sorted and filtered.',
  ),
};
