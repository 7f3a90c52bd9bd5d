// What the batch edit of selected documents sends, and how it describes what they hold now. Each
// field is left as each document has it, set to one value for all, or cleared on all.
import { countOf } from '../format.js';

export const BATCH_FIELDS = ['outlet', 'publishedAt'] as const;
export type BatchField = (typeof BATCH_FIELDS)[number];

export type FieldMode = 'keep' | 'set' | 'clear';

export interface FieldDraft {
  mode: FieldMode;
  value: string;
}

export type BatchDraft = Record<BatchField, FieldDraft>;

export const EMPTY_BATCH_DRAFT: BatchDraft = {
  outlet: { mode: 'keep', value: '' },
  publishedAt: { mode: 'keep', value: '' },
};

const MISSING_VALUE: Record<BatchField, string> = {
  outlet: 'Type the outlet, or choose Clear to remove it.',
  publishedAt: 'Pick the date, or choose Clear to remove it.',
};

export type BatchPatch = Partial<Record<BatchField, string | null>>;

/** The patch for documents.updateMany, or what keeps it from being sent. */
export function batchPatchOf(draft: BatchDraft): { patch: BatchPatch; errors: Partial<Record<BatchField, string>> } {
  const patch: BatchPatch = {};
  const errors: Partial<Record<BatchField, string>> = {};
  for (const field of BATCH_FIELDS) {
    const { mode, value } = draft[field];
    if (mode === 'clear') patch[field] = null;
    else if (mode === 'set') {
      if (value.trim() === '') errors[field] = MISSING_VALUE[field];
      else patch[field] = value.trim();
    }
  }
  return { patch, errors };
}

/** True when the draft would change something. */
export function changesAnything(draft: BatchDraft): boolean {
  return BATCH_FIELDS.some((field) => draft[field].mode !== 'keep');
}

/**
 * The values the selected documents hold now, in a few words: "TASS on all 3", "AFP, Reuters and
 * TASS", "AFP, TASS and 2 others; none on 1". The commonest come first. Dates, whose written form
 * has commas of its own, are given as their span: "3 dates from Mar 1, 2018 to Jan 15, 2022".
 */
export function describeCurrent(
  values: readonly (string | null)[],
  { format = (value: string) => value, asSpan = false }: { format?: (value: string) => string; asSpan?: boolean } = {},
): string {
  const counts = new Map<string, number>();
  let missing = 0;
  for (const value of values) {
    if (value === null || value === '') missing += 1;
    else counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  if (counts.size === 0) return values.length === 1 ? 'none' : `none on all ${values.length}`;
  const distinct = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([value]) => format(value));
  if (distinct.length === 1 && missing === 0) return values.length === 1 ? distinct[0]! : `${distinct[0]} on all ${values.length}`;
  const none = missing > 0 ? `; none on ${missing}` : '';
  if (asSpan && counts.size > 1) {
    const sorted = [...counts.keys()].sort();
    return `${counts.size} dates from ${format(sorted[0]!)} to ${format(sorted.at(-1)!)}${none}`;
  }
  const shown = distinct.length > 3 ? [...distinct.slice(0, 2), `${distinct.length - 2} others`] : distinct;
  const list = shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
  return `${list}${none}`;
}

/** The confirmation once saved: "Outlet and date set on 3 documents", "Outlet set and date cleared on 2 documents". */
export function savedTitle(patch: BatchPatch, count: number): string {
  const done = (value: string | null | undefined) => (value === undefined ? null : value === null ? 'cleared' : 'set');
  const outlet = done(patch.outlet);
  const date = done(patch.publishedAt);
  const what =
    outlet && date
      ? outlet === date
        ? `Outlet and date ${outlet}`
        : `Outlet ${outlet} and date ${date}`
      : outlet
        ? `Outlet ${outlet}`
        : `Date ${date ?? 'left as it was'}`;
  return `${what} on ${countOf(count, 'document')}`;
}
