import { z } from 'zod';

import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();

/** Most claims one selection may name: the largest workbench the app is measured against. */
export const MAX_SELECTED_CLAIMS = 10_000;

export const exportScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), documentId: id }).strict(),
  z
    .object({
      kind: z.literal('selection'),
      claimIds: z
        .array(id)
        .min(1, 'select at least one claim')
        .max(MAX_SELECTED_CLAIMS, `a selection can hold at most ${MAX_SELECTED_CLAIMS} claims`),
    })
    .strict(),
  z.object({ kind: z.literal('workbench') }).strict(),
]);
export type ExportScope = z.infer<typeof exportScopeSchema>;

export const EXPORT_FORMATS = ['html', 'md', 'csv', 'claimreview', 'webannotation', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** An export ready to save: the host writes `content` (UTF-8) under a name the user may change. */
export interface ExportFile {
  /** A suggested file name, safe on every file system: "claimtrace-report-idlib-2026-11-22.html". */
  fileName: string;
  mediaType: string;
  content: string;
}

export const exportsMethods = {
  'exports.render': defineMethod<ExportFile>()(
    z
      .object({
        scope: exportScopeSchema,
        format: z.enum(EXPORT_FORMATS),
        /** CSV only: start with a byte-order mark so Excel reads non-Latin text correctly. */
        bom: z.boolean().optional(),
        title: typedLine().min(1).max(300).optional(),
        /**
         * Names this export so its progress events can be told apart and exports.cancel can stop
         * it; exports without one run to the end.
         */
        exportId: id.optional(),
      })
      .strict(),
    'A verification report (HTML, Markdown, CSV, schema.org ClaimReview, W3C Web Annotations) or a JSON bundle for one document, a selection of claims or the whole workbench. Emits export.progress events.',
  ),
  'exports.cancel': defineMethod<{ cancelled: boolean }>()(
    z.object({ exportId: id }).strict(),
    'Stop a running export; it answers with a cancelled error. False when no export with that ID is running.',
  ),
} satisfies NamespaceMethods<'exports'>;
