import { z } from 'zod';

import { type Evidence, EVIDENCE_STANCES } from '../domain.js';
import { isCalendarDate } from '../review/calendar-date.js';
import { defineMethod, type NamespaceMethods } from './define.js';
import { typedLine } from './typed-text.js';

const id = z.uuid();
const stance = z.enum(EVIDENCE_STANCES);
const note = z.string().max(100_000);
const title = typedLine().max(1000);
const url = z.url({ protocol: /^https?$/, error: 'must be an http or https address' }).max(4000);
const accessedAt = z.string().refine(isCalendarDate, 'must be a real date written YYYY-MM-DD');

/** A file attached as evidence, as the host needs it to hand the file to the system viewer. */
export interface EvidenceFileContent {
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  dataBase64: string;
}

export const evidencePatchSchema = z.object({ title, note, stance, url, accessedAt: accessedAt.nullable() }).partial().strict();

export const evidenceMethods = {
  'evidence.list': defineMethod<Evidence[]>()(z.object({ claimId: id }).strict(), 'The evidence recorded for a claim, oldest first.'),
  'evidence.addUrl': defineMethod<Evidence>()(
    z
      .object({
        claimId: id,
        url,
        title: title.default(''),
        accessedAt: accessedAt.optional(),
        note: note.default(''),
        stance: stance.default('context'),
      })
      .strict(),
    'Record a link as evidence (never fetched); accessedAt defaults to today.',
  ),
  'evidence.addPassage': defineMethod<Evidence>()(
    z
      .object({
        claimId: id,
        documentId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        title: title.default(''),
        note: note.default(''),
        stance: stance.default('context'),
      })
      .strict()
      .refine((p) => p.end > p.start, 'a passage must cover some text'),
    'Record a span of a document in the workbench (UTF-16 offsets) as evidence; the reader can open it.',
  ),
  'evidence.addFile': defineMethod<Evidence>()(
    z
      .object({
        claimId: id,
        name: typedLine().min(1, 'the file needs a name').max(1000),
        // No length limit here: an over-long upload is answered with too_large, not a schema error.
        dataBase64: z.string(),
        mediaType: z.string().max(255).optional(),
        title: title.optional(),
        note: note.default(''),
        stance: stance.default('context'),
      })
      .strict(),
    'Keep a file (up to 50 MB) inside the workbench as evidence; identical files are stored once.',
  ),
  'evidence.update': defineMethod<Evidence>()(
    z.object({ id, patch: evidencePatchSchema }).strict(),
    'Edit the title, note, stance, link or access date of a piece of evidence.',
  ),
  'evidence.delete': defineMethod<{ id: string }>()(
    z.object({ id }).strict(),
    'Remove a piece of evidence; the history keeps it and evidence.restore brings it back.',
  ),
  'evidence.restore': defineMethod<Evidence>()(
    z.object({ id }).strict(),
    'Bring back a removed piece of evidence, with its file, from the history.',
  ),
  'evidence.file': defineMethod<EvidenceFileContent>()(
    z.object({ id }).strict(),
    'The bytes of a file attached as evidence, so the host can open it with the system viewer.',
  ),
} satisfies NamespaceMethods<'evidence'>;
