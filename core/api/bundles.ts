import { z } from 'zod';

import type { MergeSummary } from '../bundle/format.js';
import { defineMethod, type NamespaceMethods } from './define.js';

export const bundlesMethods = {
  'bundles.import': defineMethod<MergeSummary>()(
    z
      .object({
        // No length limits here: an oversized bundle is answered with too_large, not a schema error.
        dataBase64: z.string().optional(),
        json: z.string().optional(),
      })
      .strict()
      .refine((b) => (b.dataBase64 === undefined) !== (b.json === undefined), 'give either dataBase64 or json'),
    'Merge a Claimtrace bundle into the open workbench by ID: new rows are added, and for rows both hold the later change wins (the other version stays in the history). All or nothing.',
  ),
} satisfies NamespaceMethods<'bundles'>;
