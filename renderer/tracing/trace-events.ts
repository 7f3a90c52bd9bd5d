// Views ask the shell to show a claim, a source or a graph through window events, so a trace list,
// a graph node or the claim inspector needs no handle on the shell's state. The names and details
// are shared with the other panels that send them.

export const OPEN_CLAIM_EVENT = 'claimtrace:open-claim';
export const OPEN_SOURCE_EVENT = 'claimtrace:open-source';
export const OPEN_GRAPH_EVENT = 'claimtrace:open-graph';
export const OPEN_DOCUMENT_EVENT = 'claimtrace:open-document';

export interface OpenClaimDetail {
  documentId: string;
  claimId: string;
}

export interface OpenDocumentDetail {
  documentId: string;
}

export interface OpenSourceDetail {
  sourceId: string;
}

/** Whose attribution chains a graph draws. */
export type GraphScope = { documentId: string } | { claimId: string } | { sourceId: string };

export function requestOpenClaim(detail: OpenClaimDetail): void {
  window.dispatchEvent(new CustomEvent<OpenClaimDetail>(OPEN_CLAIM_EVENT, { detail }));
}

export function requestOpenSource(detail: OpenSourceDetail): void {
  window.dispatchEvent(new CustomEvent<OpenSourceDetail>(OPEN_SOURCE_EVENT, { detail }));
}

export function requestOpenDocument(detail: OpenDocumentDetail): void {
  window.dispatchEvent(new CustomEvent<OpenDocumentDetail>(OPEN_DOCUMENT_EVENT, { detail }));
}

/** A graph to show, with what it is of ("Harbour Courier, 14 Feb") for the title when the sender knows. */
export type GraphRequest = GraphScope & { title?: string };

/** The scope alone, as sources.graph takes it: the API refuses keys it does not know. */
export function scopeOf(request: GraphRequest): GraphScope {
  if ('claimId' in request) return { claimId: request.claimId };
  if ('documentId' in request) return { documentId: request.documentId };
  return { sourceId: request.sourceId };
}

export function requestOpenGraph(request: GraphRequest): void {
  window.dispatchEvent(new CustomEvent<GraphRequest>(OPEN_GRAPH_EVENT, { detail: request }));
}

// Events come from code the sender controls, but a malformed one must not open a broken view.
function detailOf(event: Event): Record<string, unknown> | null {
  const detail = (event as CustomEvent<unknown>).detail;
  return typeof detail === 'object' && detail !== null ? (detail as Record<string, unknown>) : null;
}

export function openClaimDetailOf(event: Event): OpenClaimDetail | null {
  const detail = detailOf(event);
  if (typeof detail?.documentId !== 'string' || typeof detail.claimId !== 'string') return null;
  return { documentId: detail.documentId, claimId: detail.claimId };
}

export function openDocumentDetailOf(event: Event): OpenDocumentDetail | null {
  const detail = detailOf(event);
  return typeof detail?.documentId === 'string' ? { documentId: detail.documentId } : null;
}

export function openSourceDetailOf(event: Event): OpenSourceDetail | null {
  const detail = detailOf(event);
  return typeof detail?.sourceId === 'string' ? { sourceId: detail.sourceId } : null;
}

export function graphRequestOf(event: Event): GraphRequest | null {
  const detail = detailOf(event);
  const title = typeof detail?.title === 'string' && detail.title.trim() ? { title: detail.title.trim() } : {};
  if (typeof detail?.documentId === 'string') return { documentId: detail.documentId, ...title };
  if (typeof detail?.claimId === 'string') return { claimId: detail.claimId, ...title };
  if (typeof detail?.sourceId === 'string') return { sourceId: detail.sourceId, ...title };
  return null;
}

/** Listens for one of these events on the window; returns the function that stops listening. */
export function onWindowRequest<T>(name: string, read: (event: Event) => T | null, handle: (detail: T) => void): () => void {
  const listener = (event: Event) => {
    const detail = read(event);
    if (detail) handle(detail);
  };
  window.addEventListener(name, listener);
  return () => window.removeEventListener(name, listener);
}

export interface TraceRequestHandlers {
  openClaim: (detail: OpenClaimDetail) => void;
  openDocument: (detail: OpenDocumentDetail) => void;
  openSource: (detail: OpenSourceDetail) => void;
}

/** The shell's side: what to do when a view asks for a claim, a document or a source. */
export function listenForTraceRequests(handlers: TraceRequestHandlers): () => void {
  const stops = [
    onWindowRequest(OPEN_CLAIM_EVENT, openClaimDetailOf, handlers.openClaim),
    onWindowRequest(OPEN_DOCUMENT_EVENT, openDocumentDetailOf, handlers.openDocument),
    onWindowRequest(OPEN_SOURCE_EVENT, openSourceDetailOf, handlers.openSource),
  ];
  return () => stops.forEach((stop) => stop());
}
