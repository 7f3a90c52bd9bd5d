import type { Hop, Suggestion } from './types.js';

/**
 * The hop that starts a chain at the commenter who posted a claim in the reader comments, or null
 * when the thread does not name them or the chain already starts there.
 */
export function commenterHop(suggestion: Pick<Suggestion, 'hops' | 'kind' | 'fromComment'>): Hop | null {
  const commenter = suggestion.fromComment?.commenter;
  if (!commenter || suggestion.hops[0]?.source.toLowerCase() === commenter.toLowerCase()) return null;
  return {
    source: commenter,
    sourceId: null,
    sourceKind: 'person',
    kind: suggestion.kind === 'credit' ? 'quote' : suggestion.kind,
    stance: 'neutral',
  };
}
