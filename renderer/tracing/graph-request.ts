// What an attribution graph is asked to draw: a document's chains, one claim's, or a source's.

/** Whose attribution chains a graph draws. */
export type GraphScope = { documentId: string } | { claimId: string } | { sourceId: string };

/** A graph to show, with what it is of ("Harbour Courier, 14 Feb") for the title when the sender knows. */
export type GraphRequest = GraphScope & { title?: string };

/** The scope alone, as sources.graph takes it: the API refuses keys it does not know. */
export function scopeOf(request: GraphRequest): GraphScope {
  if ('claimId' in request) return { claimId: request.claimId };
  if ('documentId' in request) return { documentId: request.documentId };
  return { sourceId: request.sourceId };
}
