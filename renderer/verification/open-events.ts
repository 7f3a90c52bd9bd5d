// Panels ask the shell to show a passage in the reader through a window event, so a panel needs no
// handle on the shell's state (claims are opened the same way, see tracing/trace-events.ts).

export const OPEN_PASSAGE_EVENT = 'claimtrace:open-passage';

/** A span of a document's stored text, in UTF-16 offsets. */
export interface OpenPassageDetail {
  documentId: string;
  start: number;
  end: number;
}

export function requestOpenPassage(detail: OpenPassageDetail): void {
  window.dispatchEvent(new CustomEvent<OpenPassageDetail>(OPEN_PASSAGE_EVENT, { detail }));
}

/** The detail of an open-passage event, or null when it does not name a usable span. */
export function passageDetailOf(event: Event): OpenPassageDetail | null {
  const detail = (event as CustomEvent<unknown>).detail;
  if (typeof detail !== 'object' || detail === null) return null;
  const { documentId, start, end } = detail as Record<string, unknown>;
  if (typeof documentId !== 'string' || typeof start !== 'number' || typeof end !== 'number') return null;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) return null;
  return { documentId, start, end };
}
