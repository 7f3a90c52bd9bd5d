// A linked appearance is stored in the history as a JSON snapshot (document, span, quote) so the
// record outlives the link and the document; readers of the history show it as words.
import type { ClaimAppearance } from '../domain.js';

export interface AppearanceSnapshot {
  documentTitle: string;
  quote: string;
}

/** The document title and quote of a link/unlink history value, or null when it is not one. */
export function appearanceSnapshot(value: string | null): AppearanceSnapshot | null {
  if (value === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null) return null;
  const { title, quote } = parsed as Record<string, unknown>;
  if (typeof title !== 'string' || typeof quote !== 'string') return null;
  return { documentTitle: title.trim() || 'Untitled document', quote };
}

/** The snapshot a link or unlink records: which document, which words. */
export function appearanceHistoryValue(appearance: ClaimAppearance): {
  documentId: string;
  title: string;
  start: number;
  end: number;
  quote: string;
} {
  const { documentId, documentTitle: title, start, end, quote } = appearance;
  return { documentId, title, start, end, quote };
}
